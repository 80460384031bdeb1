// Pointer → node or edge, in layout coordinates. Nodes go through the canvas kit's hit index (a
// quadtree, log n per query); edges are only tested on click, by distance to segment over the visible edges.
import { buildHitIndex, nearestHit, type HitIndex } from '../../../lib/canvas/hit-index';
import { curvePoint, type TieRoutes } from './tie-routes';

export type NodeHitIndex = HitIndex<number>;

export function buildNodeHitIndex(xy: ArrayLike<number>, radii: ArrayLike<number>, nodes: Iterable<number>): NodeHitIndex {
  const shapes = [];
  for (const node of nodes) {
    const r = radii[node]!;
    shapes.push({ item: node, x: xy[node * 2]!, y: xy[node * 2 + 1]!, rx: r, ry: r, round: true });
  }
  return buildHitIndex(shapes);
}

/** The node under (x, y), the one whose centre is nearest when several overlap; -1 when none. */
export function hitNode(index: NodeHitIndex, x: number, y: number, tolerance: number): number {
  return nearestHit(index, x, y, tolerance) ?? -1;
}

export function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Distance from (px, py) to the quadratic curve A–Q–B, measured along a polyline of a few segments. */
function distanceToCurve(px: number, py: number, ax: number, ay: number, q: readonly [number, number], bx: number, by: number): number {
  const STEPS = 12;
  let best = Infinity;
  let [x0, y0] = [ax, ay];
  for (let i = 1; i <= STEPS; i++) {
    const [x1, y1] = curvePoint(ax, ay, q[0], q[1], bx, by, i / STEPS);
    best = Math.min(best, distanceToSegment(px, py, x0, y0, x1, y1));
    [x0, y0] = [x1, y1];
  }
  return best;
}

/** The visible edge nearest (x, y) within tolerance, following bent ties along their curve; -1 when none. */
export function hitEdge(
  xy: ArrayLike<number>,
  source: ArrayLike<number>,
  target: ArrayLike<number>,
  edges: ArrayLike<number>,
  x: number,
  y: number,
  tolerance: number,
  routes?: TieRoutes,
): number {
  let best = -1;
  let bestDistance = tolerance;
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    const a = source[e]!;
    const b = target[e]!;
    const q = routes?.get(e);
    const d = q
      ? distanceToCurve(x, y, xy[a * 2]!, xy[a * 2 + 1]!, q, xy[b * 2]!, xy[b * 2 + 1]!)
      : distanceToSegment(x, y, xy[a * 2]!, xy[a * 2 + 1]!, xy[b * 2]!, xy[b * 2 + 1]!);
    if (d <= bestDistance) {
      bestDistance = d;
      best = e;
    }
  }
  return best;
}
