import { create } from 'zustand';
import {
  addOfficial,
  applySharedState,
  clearFilters,
  dismissMissingEvent,
  hoverEvent,
  hoverOfficial,
  initialUiState,
  openProfile,
  removeOfficial,
  resetWindow,
  selectEvent,
  setMatchAll,
  setQuery,
  setSearchHits,
  setWindow,
  toggleFacetValue,
  type FacetKey,
  type SearchHits,
  type SharedState,
  type UiState,
} from './ui-slices';
import type { TimeWindow } from './time-window';

export interface UiActions {
  selectEvent(eventId: string | null): void;
  dismissMissingEvent(): void;
  hoverEvent(eventId: string | null): void;
  hoverOfficial(officialId: string | null): void;
  addOfficial(officialId: string): void;
  removeOfficial(officialId: string): void;
  clearFilters(): void;
  setWindow(window: TimeWindow): void;
  resetWindow(): void;
  applySharedState(shared: SharedState): void;
  setMatchAll(matchAll: boolean): void;
  toggleFacetValue(facet: FacetKey, value: string): void;
  setQuery(query: string): void;
  setSearchHits(hits: SearchHits | null): void;
  openProfile(officialId: string | null): void;
}

export const useUiStore = create<UiState & UiActions>()((set) => ({
  ...initialUiState,
  selectEvent: (id) => set((s) => selectEvent(s, id)),
  dismissMissingEvent: () => set((s) => dismissMissingEvent(s)),
  hoverEvent: (id) => set((s) => hoverEvent(s, id)),
  hoverOfficial: (id) => set((s) => hoverOfficial(s, id)),
  addOfficial: (id) => set((s) => addOfficial(s, id)),
  removeOfficial: (id) => set((s) => removeOfficial(s, id)),
  clearFilters: () => set((s) => clearFilters(s)),
  setWindow: (w) => set((s) => setWindow(s, w)),
  resetWindow: () => set((s) => resetWindow(s)),
  applySharedState: (shared) => set((s) => applySharedState(s, shared)),
  setMatchAll: (matchAll) => set((s) => setMatchAll(s, matchAll)),
  toggleFacetValue: (facet, value) => set((s) => toggleFacetValue(s, facet, value)),
  setQuery: (query) => set((s) => setQuery(s, query)),
  setSearchHits: (hits) => set((s) => setSearchHits(s, hits)),
  openProfile: (id) => set((s) => openProfile(s, id)),
}));

// Module-level selectors: stable references, so components re-render only when their slice changes.
export const selectSelectedEventId = (s: UiState) => s.selectedEventId;
export const selectMissingEventId = (s: UiState) => s.missingEventId;
export const selectHoveredEventId = (s: UiState) => s.hoveredEventId;
export const selectHoveredOfficialId = (s: UiState) => s.hoveredOfficialId;
export const selectOfficialIds = (s: UiState) => s.officialIds;
export const selectWindow = (s: UiState) => s.window;
export const selectFrame = (s: UiState) => s.frame;
export const selectQuery = (s: UiState) => s.query;
export const selectProfileOfficialId = (s: UiState) => s.profileOfficialId;
