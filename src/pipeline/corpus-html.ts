// The page's static header (index.html: <title>, meta description, the <h1> and the line under it)
// paints before any script runs. It is written at build time from the dataset being built into the
// page (public/data/dataset.json, which `npm run dataset` wrote from the corpus's corpus.yaml), so the
// source page names no corpus; the app corrects it from the dataset it loads, for a dist/ whose data/
// was replaced by another corpus's.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export const TITLE_PLACEHOLDER = '%CORPUS_TITLE%';
export const DESCRIPTION_PLACEHOLDER = '%CORPUS_DESCRIPTION%';

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

/** The title and description of a dataset.json's corpus; throws a message that says what to run. */
export function readCorpusHeader(datasetFile: string): { title: string; description: string } {
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

/** index.html with the placeholders replaced, HTML-escaped. */
export function fillCorpusHeader(html: string, header: { title: string; description: string }): string {
  return html.replaceAll(TITLE_PLACEHOLDER, escapeHtml(header.title)).replaceAll(DESCRIPTION_PLACEHOLDER, escapeHtml(header.description));
}

export function corpusHeader(datasetFile: string): Plugin {
  return {
    name: 'corpus-header',
    transformIndexHtml: { order: 'pre', handler: (html) => fillCorpusHeader(html, readCorpusHeader(datasetFile)) },
  };
}
