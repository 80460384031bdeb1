// The page's static header (index.html: <title>, meta description, Open Graph, the <h1> and the line
// under it) paints before any script runs. It is written from the dataset built into the page: by the
// build (from public/data/dataset.json, which `npm run dataset` wrote from the corpus's corpus.yaml),
// and again by `npm run pages` from the dist's own data/, so a dist/ whose data/ was replaced by
// another corpus's says that corpus's name once its pages are rewritten. The source page names no
// corpus; the app corrects the header from the dataset it loads in any case.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { corpusPageTitle } from '../lib/page-title';

export interface CorpusHeader {
  title: string;
  description: string;
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

/** The title and description of a dataset.json's corpus; throws a message that says what to run. */
export function readCorpusHeader(datasetFile: string): CorpusHeader {
  let corpus: unknown;
  try {
    corpus = (JSON.parse(readFileSync(datasetFile, 'utf8')) as { corpus?: unknown }).corpus;
  } catch (error) {
    throw new Error(`corpus-header: cannot read ${datasetFile} (run npm run dataset first): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const { title, description } = (corpus ?? {}) as { title?: unknown; description?: unknown };
  if (typeof title !== 'string' || typeof description !== 'string') throw new Error(`corpus-header: ${datasetFile} has no corpus title and description`);
  return { title, description };
}

/** The page with its header (whatever it said before) saying `header`, HTML-escaped. */
export function applyCorpusHeader(html: string, header: CorpusHeader): string {
  const title = escapeHtml(header.title);
  const description = escapeHtml(header.description);
  // Each pattern captures what stays before and after the text it replaces.
  const rules: [RegExp, string, string][] = [
    [/(<title>)[\s\S]*?(<\/title>)/, escapeHtml(corpusPageTitle(header.title)), '<title>'],
    [/(<meta\s+name="description"\s+content=")[^"]*(")/, description, 'meta description'],
    [/(<meta\s+property="og:title"\s+content=")[^"]*(")/, title, 'og:title'],
    [/(<meta\s+property="og:description"\s+content=")[^"]*(")/, description, 'og:description'],
    [/(<header class="app-header">\s*<h1>)[\s\S]*?(<\/h1>)/, title, 'the header <h1>'],
    [/(<p class="app-description">)[\s\S]*?(<\/p>)/, description, 'the header description'],
  ];
  let out = html;
  for (const [pattern, text, what] of rules) {
    if (!pattern.test(out)) throw new Error(`corpus-header: no ${what} in the page (did index.html change?)`);
    // A function, so that a "$" in the corpus's text is never read as a replacement pattern.
    out = out.replace(pattern, (_match, before: string, after: string) => `${before}${text}${after}`);
  }
  return out;
}

export function corpusHeader(datasetFile: string): Plugin {
  return {
    name: 'corpus-header',
    transformIndexHtml: { order: 'pre', handler: (html) => applyCorpusHeader(html, readCorpusHeader(datasetFile)) },
  };
}
