// Arrow-key walking: the previous or next event in date order among those the filter lets through,
// even when the current one is not itself in the filter (it may have been selected elsewhere).
import { bisectLeft, bisectRight } from 'd3-array';


/**
 * The position (into eventsByDate) to move to from `current` (a position, or null when nothing is
 * focused yet) in `direction`, among the ascending `allowed` positions. Null at either end.
 * With no current position, ArrowRight starts at the first allowed event at or after `fallback`.
 */
export function neighbourPosition(allowed: Int32Array, current: number | null, direction: 1 | -1, fallback = 0): number | null {
  if (allowed.length === 0) return null;
  if (current === null) {
    const i = bisectLeft(allowed, fallback);
    const pick = direction === 1 ? i : i - 1;
    return allowed[Math.max(0, Math.min(allowed.length - 1, pick))] ?? null;
  }
  const i = direction === 1 ? bisectRight(allowed, current) : bisectLeft(allowed, current) - 1;
  return i >= 0 && i < allowed.length ? allowed[i]! : null;
}

/** Keys the timeline handles when focus is inside it, mapped to intents. */
export type TimelineKeyIntent = 'prev' | 'next' | 'zoom-in' | 'zoom-out' | 'reset' | 'clear';

/** Whether ascending `allowed` holds position `p` (the filter lets the event through). */
export function allows(allowed: Int32Array, p: number): boolean {
  return allowed[bisectLeft(allowed, p)] === p;
}

export function keyIntent(key: string): TimelineKeyIntent | null {
  switch (key) {
    case 'ArrowLeft':
      return 'prev';
    case 'ArrowRight':
      return 'next';
    case '+':
    case '=':
      return 'zoom-in';
    case '-':
    case '_':
      return 'zoom-out';
    case '0':
      return 'reset';
    case 'Escape':
      return 'clear';
    default:
      return null;
  }
}
