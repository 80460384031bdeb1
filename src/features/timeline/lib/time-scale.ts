// The timeline's geometry: which instant sits at which pixel, and how a d3-zoom transform maps to the
// store's time window. The zoom's identity transform shows DEFAULT_WINDOW, so k = 2 means "twice as
// close as the full seven years" at any width, and a window survives a resize unchanged. Transforms
// are plain { k, x } here (d3-zoom's ZoomTransform has both), so this file, which the first paint
// needs, does not pull d3-zoom into the initial bundle.
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { DEFAULT_WINDOW, MIN_WINDOW_MS, OUTER_LIMIT, type TimeWindow } from '../../../state/time-window';

/** Pixels kept free at each side, so a mark on the window's first or last day stays visible. */
export const EDGE_PAD = 12;
/** The widest window: the project's seven years plus a margin, so the edges can breathe. */
export const MAX_WINDOW_MS = (DEFAULT_WINDOW.to - DEFAULT_WINDOW.from) * 1.25;

export type TimeScale = ScaleTime<number, number>;

/** A horizontal zoom transform: screen x = k × base x + x (d3-zoom's ZoomTransform, y unused). */
export interface ZoomState {
  k: number;
  x: number;
}

function range(width: number): [number, number] {
  // A zero width (before the first measurement) would make the scale degenerate.
  const w = Math.max(width, 2 * EDGE_PAD + 1);
  return [EDGE_PAD, w - EDGE_PAD];
}

/** The zoom's base scale: DEFAULT_WINDOW over the width. */
export function baseScale(width: number): TimeScale {
  return scaleUtc().domain([DEFAULT_WINDOW.from, DEFAULT_WINDOW.to]).range(range(width));
}

/** The scale of the visible window. */
export function windowScale(window: TimeWindow, width: number): TimeScale {
  return scaleUtc().domain([window.from, window.to]).range(range(width));
}

/** The d3-zoom transform that shows `window` at `width` (inverse of transformToWindow). */
export function windowToTransform(window: TimeWindow, width: number): ZoomState {
  const base = baseScale(width);
  const [r0] = base.range() as [number, number];
  const k = (DEFAULT_WINDOW.to - DEFAULT_WINDOW.from) / (window.to - window.from);
  // rescaleX maps r0 to base.invert((r0 - x) / k); solve for x so that instant is window.from.
  const x = r0 - k * base(window.from);
  return { k, x };
}

/** The window a d3-zoom transform shows, rounded to whole milliseconds so equal views compare equal. */
export function transformToWindow(transform: ZoomState, width: number): TimeWindow {
  // As d3-zoom's rescaleX: the screen's ends, taken back through the transform to the base scale.
  const base = baseScale(width);
  const [r0, r1] = base.range() as [number, number];
  const from = base.invert((r0 - transform.x) / transform.k);
  const to = base.invert((r1 - transform.x) / transform.k);
  return { from: Math.round(+from), to: Math.round(+to) };
}

/** d3-zoom's scaleExtent: from MAX_WINDOW_MS (zoomed out) to MIN_WINDOW_MS (zoomed in). */
export function zoomScaleExtent(): [number, number] {
  const span = DEFAULT_WINDOW.to - DEFAULT_WINDOW.from;
  return [span / MAX_WINDOW_MS, span / MIN_WINDOW_MS];
}

/** d3-zoom's translateExtent in base-scale pixels: panning stops at OUTER_LIMIT. */
export function zoomTranslateExtent(width: number): [[number, number], [number, number]] {
  const base = baseScale(width);
  return [
    [base(OUTER_LIMIT.from), -Infinity],
    [base(OUTER_LIMIT.to), Infinity],
  ];
}

/** A window no narrower than MIN_WINDOW_MS, no wider than MAX_WINDOW_MS, inside OUTER_LIMIT. */
export function clampWindow(window: TimeWindow): TimeWindow {
  const span = Math.min(MAX_WINDOW_MS, Math.max(MIN_WINDOW_MS, window.to - window.from));
  const center = (window.from + window.to) / 2;
  let from = center - span / 2;
  from = Math.max(OUTER_LIMIT.from, Math.min(OUTER_LIMIT.to - span, from));
  return { from: Math.round(from), to: Math.round(from + span) };
}

/** Zoom by `factor` (> 1 zooms in) around `center` (default: the window's middle), clamped. */
export function zoomWindow(window: TimeWindow, factor: number, center = (window.from + window.to) / 2): TimeWindow {
  const span = window.to - window.from;
  const nextSpan = Math.min(MAX_WINDOW_MS, Math.max(MIN_WINDOW_MS, span / factor));
  // Keep `center` at the same relative position, as a pinch or wheel does.
  const ratio = span > 0 ? (center - window.from) / span : 0.5;
  const from = center - ratio * nextSpan;
  return clampWindow({ from, to: from + nextSpan });
}

/**
 * The window to show so that an event [start, endExclusive) is in view: unchanged when it already is;
 * a small pan (keeping the zoom level) when it is near; centred when it is far; widened only when the
 * event is longer than the window.
 */
export function windowToInclude(window: TimeWindow, start: number, endExclusive: number): TimeWindow {
  const span = window.to - window.from;
  const length = endExclusive - start;
  if (start >= window.from && endExclusive <= window.to) return window;
  if (length > span * 0.9) {
    const pad = length * 0.1;
    return clampWindow({ from: start - pad, to: endExclusive + pad });
  }
  const margin = Math.min(span * 0.1, (span - length) / 2);
  const far = endExclusive < window.from - span || start > window.to + span;
  if (far) {
    const center = (start + endExclusive) / 2;
    return clampWindow({ from: center - span / 2, to: center + span / 2 });
  }
  const from = start < window.from ? start - margin : endExclusive + margin - span;
  return clampWindow({ from, to: from + span });
}
