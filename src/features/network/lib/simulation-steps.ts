// Steps both network layouts (fresh and anchored) take with a d3-force simulation, so that they order
// nodes, cool down, hold nodes and hand positions back the same way.
import type { ForceCollide, Simulation, SimulationNodeDatum } from 'd3-force';

/**
 * The input's indices in id order, and each index's rank in that order: the layouts work in id order
 * so that the same graph listed in another order lays out identically.
 */
export function idOrder(ids: readonly string[]): { order: number[]; rank: Int32Array } {
  const order = ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  const rank = new Int32Array(ids.length);
  order.forEach((original, r) => (rank[original] = r));
  return { order, rank };
}

/**
 * Runs exactly `ticks` ticks, cooling from the simulation's current heat to its alphaMin (d3's default
 * schedule assumes 300). With `collide`, that force joins at tick `collideFrom` (from the start when 0).
 */
export function coolDown<N extends SimulationNodeDatum>(
  simulation: Simulation<N, undefined>,
  ticks: number,
  collide?: { force: ForceCollide<N>; from: number },
): void {
  simulation.alphaDecay(1 - Math.pow(simulation.alphaMin() / simulation.alpha(), 1 / ticks));
  for (let i = 0; i < ticks; i++) {
    if (collide && i === collide.from && i > 0) simulation.force('collide', collide.force);
    simulation.tick();
  }
}

/** Pins every node that is not `moving` where it stands (d3's fx, fy); the moving ones are free. */
export function holdAllBut<N extends SimulationNodeDatum>(nodes: readonly N[], moving: (node: N) => boolean): void {
  for (const node of nodes) [node.fx, node.fy] = moving(node) ? [null, null] : [node.x, node.y];
}

/** The positions of nodes listed in id order, as [x0, y0, x1, y1, …] in the input's order. */
export function inInputOrder(nodes: readonly SimulationNodeDatum[], rank: Int32Array): Float64Array {
  const out = new Float64Array(rank.length * 2);
  for (let original = 0; original < rank.length; original++) {
    const node = nodes[rank[original]!]!;
    out[original * 2] = node.x ?? 0;
    out[original * 2 + 1] = node.y ?? 0;
  }
  return out;
}
