// The visible time window of the timeline, in UTC milliseconds. The default (and "Reset zoom")
// window is the project's span, 2018-01-01 to 2024-12-31.
export interface TimeWindow {
  from: number;
  to: number;
}

export const DEFAULT_WINDOW: TimeWindow = { from: Date.UTC(2018, 0, 1), to: Date.UTC(2024, 11, 31) };
/** The narrowest window zoom reaches: a few days. */
export const MIN_WINDOW_MS = 3 * 86_400_000;
/** How far outside the project's span a window may reach (panning past the edges a little). */
export const OUTER_LIMIT: TimeWindow = { from: Date.UTC(2000, 0, 1), to: Date.UTC(2040, 11, 31) };

export function sameWindow(a: TimeWindow, b: TimeWindow): boolean {
  return a.from === b.from && a.to === b.to;
}
