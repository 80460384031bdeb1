// An event's or official's page is the app's own built page (same scripts, same CSP, same header)
// with its head and the body of #root filled in. The page lives two folders below the app's root,
// so a <base> sends every relative URL (scripts, styles, data) to the root; it is frozen when the
// page loads, so the app's history changes do not move it.

export interface FilledPage {
  head: string;
  body: string;
  stylesheet: string;
}

function replaceOnce(html: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(html)) throw new Error(`page template: no ${what} in dist/index.html (did index.html change?)`);
  return html.replace(pattern, () => replacement);
}

/** The app's page without what it says about itself (title, description, Open Graph): a page gives its own. */
export function pageTemplate(indexHtml: string): string {
  let html = replaceOnce(indexHtml, /<title>[\s\S]*?<\/title>\s*/, '', '<title>');
  html = replaceOnce(html, /<meta\s+name="description"[\s\S]*?\/>\s*/, '', 'meta description');
  html = html.replace(/<meta\s+(?:property="og:|name="twitter:)[^>]*>\s*/g, '').replace(/<link\s+rel="canonical"[^>]*>\s*/g, '');
  html = replaceOnce(html, /<meta charset="UTF-8" \/>/i, '<meta charset="UTF-8" />\n    <base href="../../" />', 'meta charset');
  return html;
}

export function fillPage(template: string, page: FilledPage): string {
  let html = replaceOnce(template, /<\/head>/, `    ${page.head}\n    <link rel="stylesheet" href="${page.stylesheet}" />\n  </head>`, '</head>');
  html = replaceOnce(html, /<div id="root">[\s\S]*?<\/div>/, `<div id="root">${page.body}</div>`, '#root');
  return html;
}
