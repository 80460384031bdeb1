// UI state as slices of one zustand store. Each transition is a pure function of the state, exported
// so that tests call it directly and the store only wires it up.
import { frameOfSpan, type TimeFrame, type TimeWindow } from './time-window';

export interface SelectionState {
  selectedEventId: string | null;
  /** Set when a link named an event the dataset does not hold: the app says so. */
  missingEventId: string | null;
  hoveredEventId: string | null;
  hoveredOfficialId: string | null;
  /** The official whose profile replaces the article panel's content, or null. */
  profileOfficialId: string | null;
}

export interface FilterState {
  /** Officials in the filter, in the order they were added. */
  officialIds: string[];
  /** false: events with any of the officials; true: events in which all of them took part. */
  matchAll: boolean;
  kinds: string[];
  organizationIds: string[];
  places: string[];
  /** The search query, normalized ("" = no search). */
  query: string;
}

/** What the search worker answered for a query: matching event ids, best first. Not shared. */
export interface SearchHits {
  query: string;
  eventIds: readonly string[];
}

export interface SearchState {
  searchHits: SearchHits | null;
}

export interface WindowState {
  window: TimeWindow;
  /** The loaded corpus's span and the limits around it (set with the first shared state). */
  frame: TimeFrame;
}

export type UiState = SelectionState & FilterState & WindowState & SearchState;

// Before the dataset is in, nothing is drawn: a placeholder frame of one year until it says its span.
const PLACEHOLDER_FRAME = frameOfSpan({ from: '2000-01-01', to: '2000-12-31' });

export const initialUiState: UiState = {
  selectedEventId: null,
  missingEventId: null,
  hoveredEventId: null,
  hoveredOfficialId: null,
  profileOfficialId: null,
  officialIds: [],
  window: PLACEHOLDER_FRAME.home,
  frame: PLACEHOLDER_FRAME,
  matchAll: false,
  kinds: [],
  organizationIds: [],
  places: [],
  query: '',
  searchHits: null,
};

// --- selection ---
export const selectEvent = (_s: UiState, eventId: string | null): Partial<UiState> => ({
  selectedEventId: eventId,
  missingEventId: null,
});
/** The reader has read the "not found" notice: hide it without touching the selection. */
export const dismissMissingEvent = (s: UiState): Partial<UiState> => (s.missingEventId === null ? {} : { missingEventId: null });
export const hoverEvent = (_s: UiState, eventId: string | null): Partial<UiState> => ({ hoveredEventId: eventId });
export const hoverOfficial = (_s: UiState, officialId: string | null): Partial<UiState> => ({ hoveredOfficialId: officialId });

// --- filter ---
export const addOfficial = (s: UiState, officialId: string): Partial<UiState> =>
  s.officialIds.includes(officialId) ? {} : { officialIds: [...s.officialIds, officialId] };
export const removeOfficial = (s: UiState, officialId: string): Partial<UiState> =>
  s.officialIds.includes(officialId) ? { officialIds: s.officialIds.filter((o) => o !== officialId) } : {};
/** Clears the officials and the facets; the search has its own clear button. */
export const clearFilters = (s: UiState): Partial<UiState> =>
  s.officialIds.length || s.kinds.length || s.organizationIds.length || s.places.length || s.matchAll
    ? { officialIds: [], kinds: [], organizationIds: [], places: [], matchAll: false }
    : {};
export const setMatchAll = (s: UiState, matchAll: boolean): Partial<UiState> => (s.matchAll === matchAll ? {} : { matchAll });

export type FacetKey = 'kinds' | 'organizationIds' | 'places';
/** Add or remove one value of a facet (values keep the order they were chosen in). */
export const toggleFacetValue = (s: UiState, facet: FacetKey, value: string): Partial<UiState> => {
  const values = s[facet];
  return { [facet]: values.includes(value) ? values.filter((v) => v !== value) : [...values, value] };
};

// --- search and profile ---
export const setQuery = (s: UiState, query: string): Partial<UiState> => (s.query === query ? {} : { query });
export const setSearchHits = (_s: UiState, hits: SearchHits | null): Partial<UiState> => ({ searchHits: hits });
export const openProfile = (s: UiState, officialId: string | null): Partial<UiState> =>
  s.profileOfficialId === officialId ? {} : { profileOfficialId: officialId };

// --- time window ---
export const setWindow = (s: UiState, window: TimeWindow): Partial<UiState> =>
  s.window.from === window.from && s.window.to === window.to ? {} : { window };
export const resetWindow = (s: UiState): Partial<UiState> => setWindow(s, s.frame.home);

/** What a link (or a Back/Forward step) restores, already checked against the dataset. */
export interface SharedState {
  selectedEventId: string | null;
  missingEventId: string | null;
  officialIds: string[];
  window: TimeWindow;
  frame: TimeFrame;
  // Optional: a link from before these existed (or a test) leaves them at their defaults.
  query?: string;
  kinds?: string[];
  organizationIds?: string[];
  places?: string[];
  matchAll?: boolean;
  profileOfficialId?: string | null;
}
export const applySharedState = (_s: UiState, shared: SharedState): Partial<UiState> => ({
  query: '',
  kinds: [],
  organizationIds: [],
  places: [],
  matchAll: false,
  profileOfficialId: null,
  ...shared,
});
