// The search section of bench/RESULTS.md: per dataset, the median over runs of the time to first
// results (first keystroke) and of the per-keystroke median and p95 after it.
import { median, percentile } from './bench-stats';
import type { SearchRun } from './measure-search';

export interface SearchSummary {
  name: string;
  events: number;
  runs: SearchRun[];
}

const ms = (v: number | null) => (v === null || !Number.isFinite(v) ? '—' : `${Math.round(v)} ms`);

export function searchSummaryRow(s: SearchSummary): string {
  const first = median(s.runs.map((r) => r.firstMs));
  const next = s.runs.flatMap((r) => r.nextMs);
  const matches = median(s.runs.map((r) => r.matches));
  return `| ${s.name} | ${s.events.toLocaleString('en')} | "${s.runs[0]?.query ?? ''}" | ${ms(first)} | ${ms(next.length ? percentile(next, 50) : null)} | ${ms(next.length ? percentile(next, 95) : null)} | ${matches ?? '—'} |`;
}

export function renderSearchSection(summaries: readonly SearchSummary[]): string {
  const problems = summaries.flatMap((s) => s.runs.flatMap((r) => r.problems.map((p) => `- ${s.name}: ${p}`)));
  return [
    '',
    '## Search',
    '',
    'Typed one key at a time into the search field, each key waiting for its results. Timed in the page from the',
    "key's input event to the frame after the results for exactly that query are in the DOM. The first key starts",
    'the worker, which fetches search.json and builds the index (time to first results); the later keys search',
    'the built index. Medians over runs; per-key figures pool every later key of every run.',
    '',
    '| dataset | events | query | first results | per key, median | per key, p95 | matches |',
    '|---|---:|---|---:|---:|---:|---:|',
    ...summaries.map(searchSummaryRow),
    ...(problems.length ? ['', ...problems] : []),
    '',
  ].join('\n');
}
