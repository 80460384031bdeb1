// The values a facet offers: those with events in the current view (most first), plus any the reader
// chose that have none now (so they can still be unticked), capped for very large corpora.
import { ascending } from 'd3-array';
import { foldText } from '../../../lib/fold-text';
import { groupThousands } from '../../../lib/format-count';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  checked: boolean;
}

export const MAX_FACET_OPTIONS = 60;

export function facetOptions(
  counts: ReadonlyMap<string, number>,
  chosen: readonly string[],
  labelOf: (value: string) => string,
  max = MAX_FACET_OPTIONS,
): FacetOption[] {
  const chosenSet = new Set(chosen);
  const byCount = [...counts]
    .filter(([value, n]) => n > 0 && !chosenSet.has(value))
    .map(([value, count]) => {
      const label = labelOf(value);
      return { option: { value, label, count, checked: false }, key: foldText(label) };
    })
    // Ties in count go by the folded label ("Đỗ" beside "Do") in code-unit order: no locale collator
    // to load on the way to the first paint.
    .sort((a, b) => b.option.count - a.option.count || ascending(a.key, b.key))
    .map((entry) => entry.option);
  const picked = chosen.map((value) => ({ value, label: labelOf(value), count: counts.get(value) ?? 0, checked: true }));
  return [...picked, ...byCount].slice(0, Math.max(max, picked.length));
}

/** "3 events" / "1 event": counts are written out so that a screen reader says what they count. */
export function eventCountText(n: number): string {
  return `${groupThousands(n)} ${n === 1 ? 'event' : 'events'}`;
}
