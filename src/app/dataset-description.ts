// The one-line description under the title, computed from the data so it never goes out of date.
import type { Dataset } from '../data/schema';
import { groupThousands } from '../lib/format-count';

function count(n: number, one: string, many: string): string {
  return `${groupThousands(n)} ${n === 1 ? one : many}`;
}

/** The first and last year that events cover, or null when there are no events. */
export function yearSpan(dataset: Pick<Dataset, 'events'>): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const e of dataset.events) {
    // Dates are schema-checked YYYY-MM-DD strings: the year is the first four characters.
    first = Math.min(first, Number(e.date.slice(0, 4)));
    last = Math.max(last, Number((e.endDate ?? e.date).slice(0, 4)));
  }
  return Number.isFinite(first) ? { first, last } : null;
}

/** e.g. "From 5 news articles: 42 events and 31 officials, 1995–2001." (starts with a word, so no
 * number runs into a title that ends with years when the header is read as one string) */
export function describeDataset(dataset: Pick<Dataset, 'events' | 'officials' | 'articles'>): string {
  const span = yearSpan(dataset);
  const years = span === null ? '' : span.first === span.last ? `, ${span.first}` : `, ${span.first}–${span.last}`;
  return (
    `From ${count(dataset.articles.length, 'news article', 'news articles')}: ` +
    `${count(dataset.events.length, 'event', 'events')} and ${count(dataset.officials.length, 'official', 'officials')}${years}.`
  );
}
