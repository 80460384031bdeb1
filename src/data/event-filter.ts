// Which events pass the filters: officials (any of them, or all of them together), event kinds,
// organizations and places (any value within a facet, AND across facets) and the search's matches.
// One place answers it for the timeline, the network, the panel's Previous/Next and the facet counts.
import type { DatasetIndex } from './dataset-index';
import { filteredPositions } from './dataset-index';
import type { DefenceEvent } from './schema';

export interface EventFilter {
  officialIds: readonly string[];
  /** true: only events in which every selected official took part ("met together"). */
  matchAll: boolean;
  kinds: readonly string[];
  organizationIds: readonly string[];
  places: readonly string[];
  /** Ids of the events the search matched, or null when no search is active. */
  searchIds: ReadonlySet<string> | null;
}

export const NO_FILTER: EventFilter = { officialIds: [], matchAll: false, kinds: [], organizationIds: [], places: [], searchIds: null };

export type Facet = 'kinds' | 'organizationIds' | 'places';

/** A test per active criterion, leaving out `except` (a facet's own counts ignore its own choice). */
export function predicates(filter: EventFilter, except?: Facet | 'officials'): ((e: DefenceEvent) => boolean)[] {
  const tests: ((e: DefenceEvent) => boolean)[] = [];
  const { officialIds, kinds, organizationIds, places, searchIds } = filter;
  if (except !== 'officials' && officialIds.length > 0) {
    tests.push(
      filter.matchAll
        ? (e) => officialIds.every((o) => e.officialIds.includes(o))
        : (e) => officialIds.some((o) => e.officialIds.includes(o)),
    );
  }
  if (except !== 'kinds' && kinds.length > 0) tests.push((e) => kinds.includes(e.kind));
  if (except !== 'organizationIds' && organizationIds.length > 0) tests.push((e) => organizationIds.some((o) => e.organizationIds.includes(o)));
  if (except !== 'places' && places.length > 0) tests.push((e) => e.location !== null && places.includes(e.location));
  if (searchIds !== null) tests.push((e) => searchIds.has(e.id));
  return tests;
}

/**
 * Positions (ascending, into `eventsByDate`) of the events that pass, or null when nothing filters.
 * The officials' own event lists narrow the walk first, so an official filter costs only their events.
 */
export function passingPositions(index: DatasetIndex, filter: EventFilter): Int32Array | null {
  const tests = predicates(filter, 'officials');
  const byOfficials = filteredPositions(index, filter.matchAll ? filter.officialIds.slice(0, 1) : filter.officialIds);
  if (filter.matchAll && filter.officialIds.length > 1) tests.push((e) => filter.officialIds.every((o) => e.officialIds.includes(o)));
  if (tests.length === 0) return byOfficials;
  const out: number[] = [];
  const check = (p: number) => {
    const e = index.eventsByDate[p]!;
    if (tests.every((t) => t(e))) out.push(p);
  };
  if (byOfficials) for (const p of byOfficials) check(p);
  else for (let p = 0; p < index.eventsByDate.length; p++) check(p);
  return Int32Array.from(out);
}
