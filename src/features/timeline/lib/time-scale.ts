// The timeline's geometry: which instant sits at which pixel, and how a d3-zoom transform maps to the
// store's time window. The zoom's identity transform shows the frame's home (the corpus's span), so
// k = 2 means "twice as close as the whole span" at any width, and a window survives a resize unchanged. Transforms
// are plain { k, x } here (d3-zoom's ZoomTransform has both), so this file, which the first paint
// needs, does not pull d3-zoom into the initial bundle.
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { MIN_WINDOW_MS, type TimeFrame, type TimeWindow } from '../../../state/time-window';

/** Pixels kept free at each side, so a mark on the window's first or last day stays visible. */
export const EDGE_PAD = 12;

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

/** The zoom's base scale: the frame's home over the width. */
export function baseScale(frame: TimeFrame, width: number): TimeScale {
  return scaleUtc().domain([frame.home.from, frame.home.to]).range(range(width));
}

/** The scale of the visible window. */
export function windowScale(window: TimeWindow, width: number): TimeScale {
  return scaleUtc().domain([window.from, window.to]).range(range(width));
}

/** The d3-zoom transform that shows `window` at `width` (inverse of transformToWindow). */
export function windowToTransform(frame: TimeFrame, window: TimeWindow, width: number): ZoomState {
  const base = baseScale(frame, width);
  const [r0] = base.range() as [number, number];
  const k = (frame.home.to - frame.home.from) / (window.to - window.from);
  // rescaleX maps r0 to base.invert((r0 - x) / k); solve for x so that instant is window.from.
  const x = r0 - k * base(window.from);
  return { k, x };
}

/** The window a d3-zoom transform shows, rounded to whole milliseconds so equal views compare equal. */
export function transformToWindow(frame: TimeFrame, transform: ZoomState, width: number): TimeWindow {
  // As d3-zoom's rescaleX: the screen's ends, taken back through the transform to the base scale.
  const base = baseScale(frame, width);
  const [r0, r1] = base.range() as [number, number];
  const from = base.invert((r0 - transform.x) / transform.k);
  const to = base.invert((r1 - transform.x) / transform.k);
  return { from: Math.round(+from), to: Math.round(+to) };
}

/** d3-zoom's scaleExtent: from the frame's widest window (zoomed out) to MIN_WINDOW_MS (zoomed in). */
export function zoomScaleExtent(frame: TimeFrame): [number, number] {
  const span = frame.home.to - frame.home.from;
  return [span / frame.maxSpan, span / MIN_WINDOW_MS];
}

/** d3-zoom's translateExtent in base-scale pixels: panning stops at the frame's outer limit. */
export function zoomTranslateExtent(frame: TimeFrame, width: number): [[number, number], [number, number]] {
  const base = baseScale(frame, width);
  return [
    [base(frame.outer.from), -Infinity],
    [base(frame.outer.to), Infinity],
  ];
}

/** A window no narrower than MIN_WINDOW_MS, no wider than the frame's widest, inside its outer limit. */
export function clampWindow(frame: TimeFrame, window: TimeWindow): TimeWindow {
  const span = Math.min(frame.maxSpan, Math.max(MIN_WINDOW_MS, window.to - window.from));
  const center = (window.from + window.to) / 2;
  let from = center - span / 2;
  from = Math.max(frame.outer.from, Math.min(frame.outer.to - span, from));
  return { from: Math.round(from), to: Math.round(from + span) };
}

/** Zoom by `factor` (> 1 zooms in) around `center` (default: the window's middle), clamped. */
export function zoomWindow(frame: TimeFrame, window: TimeWindow, factor: number, center = (window.from + window.to) / 2): TimeWindow {
  const span = window.to - window.from;
  const nextSpan = Math.min(frame.maxSpan, Math.max(MIN_WINDOW_MS, span / factor));
  // Keep `center` at the same relative position, as a pinch or wheel does.
  const ratio = span > 0 ? (center - window.from) / span : 0.5;
  const from = center - ratio * nextSpan;
  return clampWindow(frame, { from, to: from + nextSpan });
}

/**
 * The window to show so that an event [start, endExclusive) is in view: unchanged when it already is;
 * a small pan (keeping the zoom level) when it is near; centred when it is far; widened only when the
 * event is longer than the window.
 */
export function windowToInclude(frame: TimeFrame, window: TimeWindow, start: number, endExclusive: number): TimeWindow {
  const span = window.to - window.from;
  const length = endExclusive - start;
  if (start >= window.from && endExclusive <= window.to) return window;
  if (length > span * 0.9) {
    const pad = length * 0.1;
    return clampWindow(frame, { from: start - pad, to: endExclusive + pad });
  }
  const margin = Math.min(span * 0.1, (span - length) / 2);
  const far = endExclusive < window.from - span || start > window.to + span;
  if (far) {
    const center = (start + endExclusive) / 2;
    return clampWindow(frame, { from: center - span / 2, to: center + span / 2 });
  }
  const from = start < window.from ? start - margin : endExclusive + margin - span;
  return clampWindow(frame, { from, to: from + span });
}

/** The window after dragging the plot `dx` pixels to the right (earlier dates come into view), clamped. */
export function panWindow(frame: TimeFrame, window: TimeWindow, dx: number, width: number): TimeWindow {
  const [r0, r1] = range(width);
  const shift = (dx * (window.to - window.from)) / (r1 - r0);
  return clampWindow(frame, { from: window.from - shift, to: window.to - shift });
}

/**
 * The instant the zoom buttons and keys zoom around: the middle of the first of `attention` (the
 * focused event, then the selected one; [start, endExclusive) each) that is in view, else the window's
 * middle. Zooming keeps that instant where it is on screen, so an event in view stays in view.
 */
export function zoomAnchor(window: TimeWindow, attention: readonly ([number, number] | null)[]): number {
  for (const span of attention) {
    if (!span) continue;
    const [start, end] = span;
    if (end > window.from && start < window.to) return Math.min(window.to, Math.max(window.from, (start + end) / 2));
  }
  return (window.from + window.to) / 2;
}
