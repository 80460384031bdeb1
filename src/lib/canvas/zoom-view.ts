// The zoom controller's plain data: a view transform (screen = k × base + (x, y), as d3-zoom's
// ZoomTransform) and pure maths on it. No d3-zoom import here, so the first paint does not need its chunk.

export interface ZoomView {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: ZoomView = { k: 1, x: 0, y: 0 };

export interface ZoomExtents {
  scale: [number, number];
  /** In base coordinates, as d3-zoom's translateExtent; none: unbounded. */
  translate?: [[number, number], [number, number]];
  /** Pixels a press may move and still count as a click (d3-zoom's clickDistance). */
  clickDistance?: number;
}

export interface ZoomConfig {
  extents: ZoomExtents;
  /** Which events start a gesture (d3-zoom's filter). */
  filter(event: Event): boolean;
  /** The reader's zooms and pans, at most one per frame. */
  onZoom(view: ZoomView): void;
  /** Told at once of every gesture step (a pending automatic move may then yield). */
  onGesture?(): void;
  /**
   * Told when a gesture starts (true) and when it has ended (false): a wheel's end comes once the
   * wheel has rested. Views hold back work that only matters at rest until then.
   */
  onMotion?(moving: boolean): void;
}

/** Equal within what a screen can show: a hundredth of a pixel, a millionth of the scale. */
export function sameView(a: ZoomView, b: ZoomView): boolean {
  return Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01 && Math.abs(a.k - b.k) <= 1e-6 * Math.max(a.k, b.k);
}

/** Scale by `factor` around the screen point (cx, cy), which stays where it is; k clamped to `scale`. */
export function zoomViewAround(view: ZoomView, factor: number, cx: number, cy: number, scale: [number, number]): ZoomView {
  const k = Math.min(scale[1], Math.max(scale[0], view.k * factor));
  const ratio = k / view.k;
  return { k, x: cx - (cx - view.x) * ratio, y: cy - (cy - view.y) * ratio };
}

/** The view that puts base point (bx, by) at the screen point (cx, cy), keeping the scale. */
export function centreViewOn(view: ZoomView, bx: number, by: number, cx: number, cy: number): ZoomView {
  return { k: view.k, x: cx - view.k * bx, y: cy - view.k * by };
}
