// Pointer → node or edge, in layout coordinates. Nodes go through a d3 quadtree (log n per query);
// edges are only tested on click, by distance to segment over the visible edges.
import { quadtree, type Quadtree } from 'd3-quadtree';

export interface NodePoint {
  node: number;
  x: number;
  y: number;
  r: number;
}

export interface NodeHitIndex {
  tree: Quadtree<NodePoint>;
  maxRadius: number;
}

export function buildNodeHitIndex(xy: ArrayLike<number>, radii: ArrayLike<number>, nodes: Iterable<number>): NodeHitIndex {
  const points: NodePoint[] = [];
  let maxRadius = 0;
  for (const node of nodes) {
    const r = radii[node]!;
    points.push({ node, x: xy[node * 2]!, y: xy[node * 2 + 1]!, r });
    maxRadius = Math.max(maxRadius, r);
  }
  const tree = quadtree<NodePoint>()
    .x((d) => d.x)
    .y((d) => d.y)
    .addAll(points);
  return { tree, maxRadius };
}

/** The node under (x, y), the one whose rim is nearest when several overlap; -1 when none. */
export function hitNode(index: NodeHitIndex, x: number, y: number, tolerance: number): number {
  const reach = index.maxRadius + tolerance;
  let best = -1;
  let bestGap = Infinity;
  index.tree.visit((quad, x0, y0, x1, y1) => {
    if (x0 > x + reach || x1 < x - reach || y0 > y + reach || y1 < y - reach) return true;
    if (!('length' in quad)) {
      let leaf: typeof quad | undefined = quad;
      while (leaf) {
        const p = leaf.data;
        const gap = Math.hypot(p.x - x, p.y - y) - p.r;
        if (gap <= tolerance && gap < bestGap) {
          bestGap = gap;
          best = p.node;
        }
        leaf = leaf.next;
      }
    }
    return false;
  });
  return best;
}

export function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The visible edge nearest (x, y) within tolerance; -1 when none. */
export function hitEdge(
  xy: ArrayLike<number>,
  source: ArrayLike<number>,
  target: ArrayLike<number>,
  edges: ArrayLike<number>,
  x: number,
  y: number,
  tolerance: number,
): number {
  let best = -1;
  let bestDistance = tolerance;
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    const a = source[e]!;
    const b = target[e]!;
    const d = distanceToSegment(x, y, xy[a * 2]!, xy[a * 2 + 1]!, xy[b * 2]!, xy[b * 2 + 1]!);
    if (d <= bestDistance) {
      bestDistance = d;
      best = e;
    }
  }
  return best;
}
