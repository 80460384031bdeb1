// Marks as hit shapes, and the nearest one to a point. A mark is a disc (rx = ry, round) or a box;
// its gap to a point is 0 inside and the distance to its edge outside, so among overlapping or nearby
// marks a tap picks the one it is closest to, not the one drawn last. This file scans a short list
// (the ≤ 150 marks of a timeline view, without a dependency in the initial bundle); hit-index.ts
// answers the same question through a quadtree for thousands.

export interface HitShape<T> {
  item: T;
  x: number;
  y: number;
  /** Half width and half height; for a disc, both are its radius. */
  rx: number;
  ry: number;
  round: boolean;
}

/** Distance from (x, y) to the shape's outline, 0 inside (for a disc: distance to the centre minus r, floored at 0). */
export function gapTo(s: Pick<HitShape<unknown>, 'x' | 'y' | 'rx' | 'ry' | 'round'>, x: number, y: number): number {
  if (s.round) return Math.max(0, Math.hypot(s.x - x, s.y - y) - s.rx);
  const dx = Math.max(0, Math.abs(x - s.x) - s.rx);
  const dy = Math.max(0, Math.abs(y - s.y) - s.ry);
  return Math.hypot(dx, dy);
}

/** Whether shape a is a better hit than the best so far (smaller gap, then nearer centre). */
export function closer(gap: number, centre: number, bestGap: number, bestCentre: number): boolean {
  return gap < bestGap || (gap === bestGap && centre < bestCentre);
}

/** The shape nearest (x, y) within `tolerance` of its outline, or null, by scanning `shapes`. */
export function nearestShape<T>(shapes: readonly HitShape<T>[], x: number, y: number, tolerance: number): T | null {
  let best: HitShape<T> | null = null;
  let bestGap = Infinity;
  let bestCentre = Infinity;
  for (const s of shapes) {
    const gap = gapTo(s, x, y);
    const centre = Math.hypot(s.x - x, s.y - y);
    if (gap <= tolerance && closer(gap, centre, bestGap, bestCentre)) {
      best = s;
      bestGap = gap;
      bestCentre = centre;
    }
  }
  return best === null ? null : best.item;
}
