// "Previous event" / "Next event": neighbours in date order among the events the filter lets
// through. Positions index `eventsByDate`; a binary search keeps this O(log n) at 50,000 events.
import { bisectRight } from 'd3-array';

export interface Neighbours {
  prev: number | null;
  next: number | null;
}

/**
 * @param total number of events (length of eventsByDate)
 * @param passing ascending positions the filter lets through, or null when everything passes
 * @param current position of the selected event (it need not pass the filter itself)
 */
export function neighbourPositions(total: number, passing: ArrayLike<number> | null, current: number): Neighbours {
  if (passing === null) {
    return { prev: current > 0 ? current - 1 : null, next: current + 1 < total ? current + 1 : null };
  }
  // First index whose position is greater than `current`.
  const lo = bisectRight(passing, current);
  const next = lo < passing.length ? passing[lo]! : null;
  let before = lo - 1;
  if (before >= 0 && passing[before] === current) before--;
  const prev = before >= 0 ? passing[before]! : null;
  return { prev, next };
}
