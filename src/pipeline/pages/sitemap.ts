// sitemap.xml for the app and every page. One file holds at most 50,000 addresses (the protocol's
// limit): beyond that, sitemap.xml is an index of sitemap-1.xml, sitemap-2.xml, …
const MAX_URLS = 50_000;

const xmlEscape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

function urlset(urls: readonly string[]): string {
  return `${HEAD}<urlset xmlns="${NS}">\n${urls.map((u) => `  <url><loc>${xmlEscape(u)}</loc></url>\n`).join('')}</urlset>\n`;
}

/** File name → content. `siteUrl` is the app's root URL, ending with "/". */
export function sitemapFiles(urls: readonly string[], siteUrl: string): Map<string, string> {
  if (urls.length <= MAX_URLS) return new Map([['sitemap.xml', urlset(urls)]]);
  const files = new Map<string, string>();
  const parts: string[] = [];
  for (let i = 0; i * MAX_URLS < urls.length; i++) {
    const name = `sitemap-${i + 1}.xml`;
    files.set(name, urlset(urls.slice(i * MAX_URLS, (i + 1) * MAX_URLS)));
    parts.push(new URL(name, siteUrl).href);
  }
  files.set('sitemap.xml', `${HEAD}<sitemapindex xmlns="${NS}">\n${parts.map((p) => `  <sitemap><loc>${xmlEscape(p)}</loc></sitemap>\n`).join('')}</sitemapindex>\n`);
  return files;
}
