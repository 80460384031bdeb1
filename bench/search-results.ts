// The search section of bench/RESULTS.md: per dataset, the median over runs of the time to first
// results (first keystroke), to the complete answer (all article text), of the per-keystroke median
// and p95 after it, the search files' sizes and the worker's heap.
import { median, percentile } from './bench-stats';
import type { SearchRun } from './measure-search';

export interface SearchSummary {
  name: string;
  events: number;
  runs: SearchRun[];
  /** search.json and the article-text chunks, bytes (uncompressed). */
  files: { indexBytes: number; chunkBytes: number; chunks: number } | null;
}

const ms = (v: number | null) => (v === null || !Number.isFinite(v) ? '—' : `${Math.round(v).toLocaleString('en')} ms`);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e6 ? 2 : 1)} MB`;

function filesCell(files: SearchSummary['files']): string {
  if (!files) return '—';
  return `${mb(files.indexBytes)} + ${mb(files.chunkBytes)} in ${files.chunks}`;
}

export function searchSummaryRow(s: SearchSummary): string {
  const first = median(s.runs.map((r) => r.firstMs));
  const next = s.runs.flatMap((r) => r.nextMs);
  const matches = median(s.runs.map((r) => r.matches));
  const heap = median(s.runs.map((r) => r.workerHeapMB));
  return (
    `| ${s.name} | ${s.events.toLocaleString('en')} | "${s.runs[0]?.query ?? ''}" | ${ms(first)} | ${ms(median(s.runs.map((r) => r.allTextMs)))} | ` +
    `${ms(next.length ? percentile(next, 50) : null)} | ${ms(next.length ? percentile(next, 95) : null)} | ${matches === null ? '—' : matches.toLocaleString('en')} | ${filesCell(s.files)} | ${heap === null ? '—' : `${heap.toFixed(0)} MB`} |`
  );
}

export function renderSearchSection(summaries: readonly SearchSummary[]): string {
  const problems = summaries.flatMap((s) => s.runs.flatMap((r) => r.problems.map((p) => `- ${s.name}: ${p}`)));
  return [
    '',
    '## Search',
    '',
    'Typed one key at a time into the search field, each key waiting for its results. Timed in the page from the',
    "key's input event to the frame after the results for exactly that query are in the DOM. The first key starts",
    'the worker, which fetches search.json and indexes events and names, and answers (first results); it then',
    "fetches the articles' text in chunks and indexes it in slices, answering again as it grows (all text: first",
    'key to its complete answer). The later keys are typed after that and search the whole index. Medians over',
    'runs; per-key figures pool every later key of every run. Files: search.json + the article-text chunks',
    '(uncompressed). Worker heap: used JS heap of the search worker after a forced GC, everything indexed.',
    '',
    '| dataset | events | query | first results | all text | per key, median | per key, p95 | matches | files | worker heap |',
    '|---|---:|---|---:|---:|---:|---:|---:|---|---:|',
    ...summaries.map(searchSummaryRow),
    ...(problems.length ? ['', ...problems] : []),
    '',
  ].join('\n');
}
