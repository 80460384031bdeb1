// `npm run pages [-- --dist DIR --site-url URL --no-cards]`, run by `npm run build` after `vite build`:
// a page per event and per official, their preview cards, and (with SITE_URL or --site-url) a sitemap.
import { parseArgs } from 'node:util';
import { writePages } from '../pages/write-pages';

const usage = 'usage: npm run pages -- [--dist DIR] [--site-url URL] [--no-cards]   (SITE_URL in the environment also gives the site URL)';

/** The app's root URL with a trailing slash, or null; anything but http(s) is refused. */
export function normalizeSiteUrl(value: string | undefined): string | null {
  if (!value) return null;
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) address, not ${value}`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

async function main(): Promise<number> {
  let values: { dist?: string; 'site-url'?: string; 'no-cards'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        dist: { type: 'string', default: 'dist' },
        'site-url': { type: 'string' },
        'no-cards': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 1;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  try {
    const siteUrl = normalizeSiteUrl(values['site-url'] ?? process.env.SITE_URL);
    const r = await writePages({ dist: values.dist ?? 'dist', siteUrl, skipCards: values['no-cards'] });
    const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
    console.log(
      `pages: ${r.eventPages} event pages and ${r.officialPages} official pages (${mb(r.pageBytes)}) in ${Math.round(r.ms.pages)} ms; ` +
        `${r.cards} preview cards (${mb(r.cardBytes)}) in ${Math.round(r.ms.cards)} ms${siteUrl ? `; sitemap for ${siteUrl}` : ''}`,
    );
    return 0;
  } catch (error) {
    console.error(`pages: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}

process.exitCode = await main();
