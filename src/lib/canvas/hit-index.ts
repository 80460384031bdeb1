// Pointer → the nearest mark among thousands, in one quadtree over the marks' centres (log n per
// query), with the same notion of "nearest" as hit-shape.ts.
import { quadtree, type Quadtree } from 'd3-quadtree';
import { closer, gapTo, type HitShape } from './hit-shape';

export type { HitShape } from './hit-shape';

export interface HitIndex<T> {
  tree: Quadtree<HitShape<T>>;
  reach: number;
}

export function buildHitIndex<T>(shapes: readonly HitShape<T>[]): HitIndex<T> {
  let reach = 0;
  for (const s of shapes) reach = Math.max(reach, s.rx, s.ry);
  const tree = quadtree<HitShape<T>>()
    .x((d) => d.x)
    .y((d) => d.y)
    .addAll(shapes as HitShape<T>[]);
  return { tree, reach };
}

/**
 * The shape nearest (x, y) within `tolerance` of its outline, or null. Ties (a point inside several)
 * go to the shape whose centre is nearest.
 */
export function nearestHit<T>(index: HitIndex<T>, x: number, y: number, tolerance: number): T | null {
  const reach = index.reach + tolerance;
  let best: HitShape<T> | null = null;
  let bestGap = Infinity;
  let bestCentre = Infinity;
  index.tree.visit((quad, x0, y0, x1, y1) => {
    if (x0 > x + reach || x1 < x - reach || y0 > y + reach || y1 < y - reach) return true;
    if (!('length' in quad)) {
      let leaf: typeof quad | undefined = quad;
      while (leaf) {
        const s = leaf.data;
        const gap = gapTo(s, x, y);
        const centre = Math.hypot(s.x - x, s.y - y);
        if (gap <= tolerance && closer(gap, centre, bestGap, bestCentre)) {
          best = s;
          bestGap = gap;
          bestCentre = centre;
        }
        leaf = leaf.next;
      }
    }
    return false;
  });
  return best === null ? null : (best as HitShape<T>).item;
}
