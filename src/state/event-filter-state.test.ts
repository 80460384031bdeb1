import { describe, expect, it } from 'vitest';
import { selectEventFilter } from './event-filter-state';
import { initialUiState, type UiState } from './ui-slices';

const state = (patch: Partial<UiState>): UiState => ({ ...initialUiState, ...patch });

describe('the search part of the store filter', () => {
  const hits = { query: 'frig', eventIds: ['a', 'b'] };

  it('restricts to the answered matches', () => {
    expect([...(selectEventFilter(state({ query: 'frig', searchHits: hits })).searchIds ?? [])]).toEqual(['a', 'b']);
  });

  it('keeps the last matches while a newer query waits for its answer', () => {
    expect([...(selectEventFilter(state({ query: 'friga', searchHits: hits })).searchIds ?? [])]).toEqual(['a', 'b']);
  });

  it('restricts nothing without a query or before any answer', () => {
    expect(selectEventFilter(state({ query: '', searchHits: hits })).searchIds ?? null).toBeNull();
    expect(selectEventFilter(state({ query: 'frig', searchHits: null })).searchIds ?? null).toBeNull();
  });
});
