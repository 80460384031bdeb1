// Counts per facet value for the current view. Here, not beside passingPositions, so that it loads
// with the facets rather than with the first paint.
import type { DatasetIndex } from '../../../data/dataset-index';
import { predicates, type EventFilter, type Facet } from '../../../data/event-filter';

export interface FacetCounts {
  kinds: Map<string, number>;
  organizationIds: Map<string, number>;
  places: Map<string, number>;
}

/**
 * For each facet, how many events in [from, to] (ms, inclusive days) each value would show given
 * every other criterion: a facet's counts ignore its own choice, so its other values stay countable.
 */
export function facetCounts(index: DatasetIndex, filter: EventFilter, from: number, to: number): FacetCounts {
  const counts: FacetCounts = { kinds: new Map(), organizationIds: new Map(), places: new Map() };
  const facets: Facet[] = ['kinds', 'organizationIds', 'places'];
  const tests = facets.map((f) => predicates(filter, f));
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (let p = 0; p < index.eventsByDate.length; p++) {
    if (index.ends[p]! < from || index.starts[p]! > to) continue;
    const e = index.eventsByDate[p]!;
    if (tests[0]!.every((t) => t(e))) add(counts.kinds, e.kind);
    if (tests[1]!.every((t) => t(e))) for (const o of new Set(e.organizationIds)) add(counts.organizationIds, o);
    if (tests[2]!.every((t) => t(e)) && e.location !== null) add(counts.places, e.location);
  }
  return counts;
}
