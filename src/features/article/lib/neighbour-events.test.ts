import { describe, expect, it } from 'vitest';
import { neighbourPositions } from './neighbour-events';

describe('neighbourPositions', () => {
  it('walks all events when nothing is filtered', () => {
    expect(neighbourPositions(5, null, 0)).toEqual({ prev: null, next: 1 });
    expect(neighbourPositions(5, null, 2)).toEqual({ prev: 1, next: 3 });
    expect(neighbourPositions(5, null, 4)).toEqual({ prev: 3, next: null });
  });

  it('skips events the filter hides', () => {
    const passing = Int32Array.from([1, 4, 7]);
    expect(neighbourPositions(10, passing, 4)).toEqual({ prev: 1, next: 7 });
    expect(neighbourPositions(10, passing, 1)).toEqual({ prev: null, next: 4 });
    expect(neighbourPositions(10, passing, 7)).toEqual({ prev: 4, next: null });
  });

  it('finds neighbours of a selected event that the filter hides', () => {
    const passing = Int32Array.from([1, 4, 7]);
    expect(neighbourPositions(10, passing, 5)).toEqual({ prev: 4, next: 7 });
    expect(neighbourPositions(10, passing, 0)).toEqual({ prev: null, next: 1 });
    expect(neighbourPositions(10, passing, 9)).toEqual({ prev: 7, next: null });
  });

  it('has no neighbours when the filter lets nothing through', () => {
    expect(neighbourPositions(10, new Int32Array(0), 3)).toEqual({ prev: null, next: null });
  });
});
