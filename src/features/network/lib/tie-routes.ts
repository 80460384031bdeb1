// Ties that would run through a node they do not join are bent around it: a straight tie from A to C
// through B reads as a chain A–B–C. Each blocked tie becomes a quadratic curve whose control point
// lies off the segment's middle, on the side that needs the smaller bend to clear every node in the
// way. Computed in layout coordinates once per scene (not per frame), over a quadtree of the nodes:
// each tie visits only the quadrants its corridor (the segment widened by the largest radius) crosses,
// so a long tie through a dense graph tests the nodes near its line, not every node in its bounding box.
import { quadtree } from 'd3-quadtree';

/** Per edge, the control point [x, y] of its curve, or absent when the straight line is clear. */
export type TieRoutes = Map<number, [number, number]>;

export interface RouteInput {
  xy: ArrayLike<number>;
  /** Node radii in layout units. */
  radii: ArrayLike<number>;
  /** Nodes that are drawn (a tie is bent only around those). */
  nodes: ArrayLike<number>;
  source: ArrayLike<number>;
  target: ArrayLike<number>;
  edges: ArrayLike<number>;
  /** Free room kept between a bent tie and the node it avoids, in layout units. */
  margin: number;
  /**
   * At most this many node tests: ties are routed in the order given until the budget is spent, and
   * the rest are drawn straight (under the nodes' halos). None: every tie is routed.
   */
  budget?: number;
}

/** What routing cost: quadtree cells entered and nodes tested against a tie. */
export interface RouteWork {
  cells: number;
  nodes: number;
}

/** A tie's curve bends at most this share of its length away from the straight line. */
const MAX_BEND = 0.8;

export function routeTies({ xy, radii, nodes, source, target, edges, margin, budget = Infinity }: RouteInput, work: RouteWork = { cells: 0, nodes: 0 }): TieRoutes {
  const points: number[] = Array.from(nodes);
  let reach = 0;
  for (const v of points) reach = Math.max(reach, radii[v]!);
  reach += margin;
  const tree = quadtree<number>()
    .x((v) => xy[v * 2]!)
    .y((v) => xy[v * 2 + 1]!)
    .addAll(points);
  const routes: TieRoutes = new Map();
  for (let i = 0; i < edges.length && work.nodes < budget; i++) {
    const e = edges[i]!;
    const a = source[e]!;
    const b = target[e]!;
    const ax = xy[a * 2]!;
    const ay = xy[a * 2 + 1]!;
    const dx = xy[b * 2]! - ax;
    const dy = xy[b * 2 + 1]! - ay;
    const length = Math.hypot(dx, dy);
    if (length === 0) continue;
    // Unit normal: positive s is to the left of A→B.
    const nx = -dy / length;
    const ny = dx / length;
    // The largest bend each side needs (as the curve's offset at its middle, h / 2).
    const need = { left: 0, right: 0 };
    let blocked = false;
    const x0 = Math.min(ax, ax + dx) - reach;
    const x1 = Math.max(ax, ax + dx) + reach;
    const y0 = Math.min(ay, ay + dy) - reach;
    const y1 = Math.max(ay, ay + dy) + reach;
    tree.visit((quad, qx0, qy0, qx1, qy1) => {
      if (qx0 > x1 || qx1 < x0 || qy0 > y1 || qy1 < y0) return true;
      if (!segmentMeetsBox(ax, ay, dx, dy, qx0 - reach, qy0 - reach, qx1 + reach, qy1 + reach)) return true;
      work.cells++;
      if ('length' in quad) return false;
      for (let leaf: typeof quad | undefined = quad; leaf; leaf = leaf.next) {
        const c = leaf.data;
        work.nodes++;
        if (c === a || c === b) continue;
        const px = xy[c * 2]! - ax;
        const py = xy[c * 2 + 1]! - ay;
        const t = (px * dx + py * dy) / (length * length);
        if (t <= 0.02 || t >= 0.98) continue;
        const s = px * nx + py * ny;
        const clearance = radii[c]! + margin;
        if (Math.abs(s) >= clearance) continue;
        blocked = true;
        // The curve's offset at t is 2t(1 - t) × h, where h is the control point's distance from the middle.
        const spread = 2 * t * (1 - t);
        // Bent left by d, the tie passes the node at s - d: clear once d ≥ s + clearance (for a node on
        // the right, s < 0, that is a small bend; for one on the left, the tie must go round it).
        need.left = Math.max(need.left, (clearance + s) / spread);
        need.right = Math.max(need.right, (clearance - s) / spread);
      }
      return false;
    });
    if (!blocked) continue;
    const side = need.left <= need.right ? 1 : -1;
    const h = Math.min(side === 1 ? need.left : need.right, length * MAX_BEND);
    routes.set(e, [ax + dx / 2 + side * nx * h, ay + dy / 2 + side * ny * h]);
  }
  return routes;
}

/** The ties in order of their events in view, strongest first (ties of equal strength by id). */
export function strongestFirst(edges: ArrayLike<number>, events: ArrayLike<number>): Int32Array {
  return Int32Array.from(edges).sort((a, b) => events[b]! - events[a]! || a - b);
}

/** Whether the segment from (ax, ay) along (dx, dy) crosses the box (Liang–Barsky clipping). */
export function segmentMeetsBox(ax: number, ay: number, dx: number, dy: number, x0: number, y0: number, x1: number, y1: number): boolean {
  let t0 = 0;
  let t1 = 1;
  // Each side of the box: p is the segment's motion towards the outside, q the room inside.
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0;
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    return t0 <= t1;
  };
  return clip(-dx, ax - x0) && clip(dx, x1 - ax) && clip(-dy, ay - y0) && clip(dy, y1 - ay);
}

/** The point at t on the quadratic curve from (ax, ay) through control (qx, qy) to (bx, by). */
export function curvePoint(ax: number, ay: number, qx: number, qy: number, bx: number, by: number, t: number): [number, number] {
  const u = 1 - t;
  return [u * u * ax + 2 * u * t * qx + t * t * bx, u * u * ay + 2 * u * t * qy + t * t * by];
}

/**
 * The routes a scene draws: the drawn ties' and the emphasised ties' (the latter win), minus the ties
 * of a node being dragged, which are drawn straight until it is dropped (their routes were made for
 * where it was).
 */
export function combineRoutes(drawn: TieRoutes, emphasised: TieRoutes, dragged: number | null, source: ArrayLike<number>, target: ArrayLike<number>): TieRoutes {
  if (emphasised.size === 0 && dragged === null) return drawn;
  const all = new Map(drawn);
  for (const [e, q] of emphasised) all.set(e, q);
  if (dragged !== null) for (const e of all.keys()) if (source[e] === dragged || target[e] === dragged) all.delete(e);
  return all;
}
