// The visible time window of the timeline, in UTC milliseconds, and the frame it moves in. The frame
// comes from the loaded corpus's span (its corpus.yaml): the span is the default window ("Reset zoom",
// what a link without from/to shows, the zoom's base scale), and zoom and pan reach a little past it.
import { dayToMs } from '../lib/dates';

export interface TimeWindow {
  from: number;
  to: number;
}

export interface TimeFrame {
  /** The corpus's span: the default window. */
  home: TimeWindow;
  /** How far a window may reach: panning past the span's edges, but not into empty centuries. */
  outer: TimeWindow;
  /** The widest window: the whole span plus a margin, so its edges can breathe. */
  maxSpan: number;
}

/** The narrowest window zoom reaches: a few days. */
export const MIN_WINDOW_MS = 3 * 86_400_000;
const YEAR_MS = 365.25 * 86_400_000;
/** Four-digit years: the days a URL writes as YYYY-MM-DD. */
const WRITABLE: TimeWindow = { from: Date.UTC(1000, 0, 1), to: Date.UTC(9999, 11, 31) };

/** The frame of a span of days (YYYY-MM-DD, as the dataset's corpus.span writes them). */
export function frameOfSpan(span: { from: string; to: string }): TimeFrame {
  const home = { from: dayToMs(span.from), to: dayToMs(span.to) };
  const length = Math.max(home.to - home.from, MIN_WINDOW_MS);
  // Room to pan: twice the span, and at least five years, on each side.
  const margin = Math.max(2 * length, 5 * YEAR_MS);
  return {
    home,
    outer: { from: Math.max(WRITABLE.from, home.from - margin), to: Math.min(WRITABLE.to, home.to + margin) },
    maxSpan: length * 1.25,
  };
}


const DAY_MS = 86_400_000;
/** An edge this close to a midnight counts as on it: zooming in and back out leaves a rounding error. */
const EDGE_SLACK_MS = 1000;

/**
 * Whether two windows show the same events. Events span whole days, so an event overlaps a window
 * exactly when it overlaps the whole days the window touches: two windows that touch the same days
 * show the same events, however their edges differ within a day.
 */
export function sameDaysInView(a: TimeWindow, b: TimeWindow): boolean {
  const first = (w: TimeWindow) => Math.ceil((w.from - EDGE_SLACK_MS) / DAY_MS);
  const last = (w: TimeWindow) => Math.floor((w.to + EDGE_SLACK_MS) / DAY_MS);
  return first(a) === first(b) && last(a) === last(b);
}
