// Pure parts of the bundle-size guard: which files the first paint loads (the entry script, what it
// preloads and statically imports, the stylesheets), and the verdict against the budget. Lazy chunks
// (dynamic import()) are not counted: they load after the first paint.
import { posix } from 'node:path';

/** Initial JavaScript budget, gzip, in bytes (120 KB, 1 KB = 1,000 bytes: the strict reading). */
export const INITIAL_JS_BUDGET = 120_000;

export interface HtmlAssets {
  /** `<script type="module" src>`: the entry points. */
  scripts: string[];
  /** `<link rel="modulepreload" href>`: chunks the entry needs at once. */
  modulePreloads: string[];
  /** `<link rel="stylesheet" href>`. */
  styles: string[];
}

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) {
    found.set((m[1] as string).toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return found;
}

/** The assets an HTML page loads up front, as written in the page (relative to the page). */
export function parseHtmlAssets(html: string): HtmlAssets {
  const assets: HtmlAssets = { scripts: [], modulePreloads: [], styles: [] };
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of withoutComments.matchAll(TAG)) {
    const attrs = attributes(m[2] as string);
    if ((m[1] as string).toLowerCase() === 'script') {
      const src = attrs.get('src');
      if (src && !attrs.has('nomodule')) assets.scripts.push(src);
      continue;
    }
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attrs.get('href');
    if (!href) continue;
    if (rel.includes('modulepreload')) assets.modulePreloads.push(href);
    else if (rel.includes('stylesheet')) assets.styles.push(href);
  }
  return assets;
}

// `import x from"./a.js"`, `import"./a.js"`, `import{a as b}from"./a.js"`, `export*from"./a.js"`:
// static, so loaded with the module. `import("./a.js")` is dynamic (a lazy chunk) and not matched,
// because a parenthesis cannot follow the keyword in these patterns.
const STATIC_IMPORT = /(?:^|[^\w$.])(?:import\s*(?:[\w$*{}\s,]*?\s*from\s*)?|export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*)["']([^"']+)["']/g;

/** Relative specifiers a built ES module imports statically. */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(STATIC_IMPORT)) {
    const spec = m[1] as string;
    if (spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('/')) found.push(spec);
  }
  return [...new Set(found)];
}

/** Resolves a URL written in `fromFile` (a path relative to dist) to a path relative to dist. */
export function resolveAsset(fromFile: string, spec: string): string {
  const clean = spec.split(/[?#]/)[0] as string;
  if (clean.startsWith('/')) return posix.normalize(clean.slice(1));
  return posix.normalize(posix.join(posix.dirname(fromFile), clean));
}

/**
 * Every JavaScript file the first paint loads: the entry scripts, the modulepreloads, and the closure
 * of their static imports (in case a chunk is imported without a preload hint).
 */
export function initialJavaScript(html: string, readFile: (path: string) => string, page = 'index.html'): string[] {
  const assets = parseHtmlAssets(html);
  const queue = [...assets.scripts, ...assets.modulePreloads].map((s) => resolveAsset(page, s));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of staticImports(readFile(file))) queue.push(resolveAsset(file, spec));
  }
  return [...seen];
}

export interface SizeRow {
  file: string;
  kind: 'js' | 'css';
  bytes: number;
  gzipBytes: number;
}

export function formatSizeTable(rows: readonly SizeRow[]): string {
  const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
  const width = Math.max(4, ...rows.map((r) => r.file.length));
  const lines = [`${'file'.padEnd(width)}  kind  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`];
  for (const r of rows) lines.push(`${r.file.padEnd(width)}  ${r.kind.padEnd(4)}  ${kb(r.bytes).padStart(10)}  ${kb(r.gzipBytes).padStart(10)}`);
  return lines.join('\n');
}

export interface BudgetVerdict {
  ok: boolean;
  initialJsGzip: number;
  budget: number;
  message: string;
}

export function checkBudget(rows: readonly SizeRow[], budget = INITIAL_JS_BUDGET): BudgetVerdict {
  const initialJsGzip = rows.filter((r) => r.kind === 'js').reduce((s, r) => s + r.gzipBytes, 0);
  const ok = initialJsGzip <= budget && rows.some((r) => r.kind === 'js');
  const figures = `${(initialJsGzip / 1000).toFixed(1)} KB gzip of initial JavaScript, budget ${(budget / 1000).toFixed(1)} KB`;
  const message = rows.some((r) => r.kind === 'js')
    ? `${ok ? 'OK' : 'OVER BUDGET'}: ${figures}`
    : 'FAILED: no entry script found in dist/index.html';
  return { ok, initialJsGzip, budget, message };
}
