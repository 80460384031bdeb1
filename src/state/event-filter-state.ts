// The store's filter as one EventFilter object that keeps its identity while its parts are unchanged,
// so memos and settled values keyed on it hold across unrelated store updates.
import { NO_FILTER, type EventFilter } from '../data/event-filter';
import type { UiState } from './ui-slices';

let last: { state: readonly unknown[]; filter: EventFilter } | null = null;

/**
 * The search's last answer restricts while a query is active. While a new query waits for its answer,
 * the views keep the last one's matches (as the result list does): they neither flash every event
 * between two keys nor filter twice per key.
 */
function searchIdsOf(s: UiState): readonly string[] | null {
  return s.query !== '' && s.searchHits !== null ? s.searchHits.eventIds : null;
}

const setCache = new WeakMap<readonly string[], ReadonlySet<string>>();
function asSet(ids: readonly string[]): ReadonlySet<string> {
  let set = setCache.get(ids);
  if (!set) {
    set = new Set(ids);
    setCache.set(ids, set);
  }
  return set;
}

export function selectEventFilter(s: UiState): EventFilter {
  const searchIds = searchIdsOf(s);
  const parts = [s.officialIds, s.matchAll, s.kinds, s.organizationIds, s.places, searchIds];
  if (last && parts.every((v, i) => Object.is(v, last!.state[i]))) return last.filter;
  const filter: EventFilter =
    s.officialIds.length + s.kinds.length + s.organizationIds.length + s.places.length === 0 && searchIds === null
      ? NO_FILTER
      : { officialIds: s.officialIds, matchAll: s.matchAll, kinds: s.kinds, organizationIds: s.organizationIds, places: s.places, searchIds: searchIds && asSet(searchIds) };
  last = { state: parts, filter };
  return filter;
}
