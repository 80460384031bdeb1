// The force layout, as a pure function: same graph in, same positions out. It runs once on the FULL
// graph (organizations included), never on a filtered one, so filters and windows only hide or dim
// nodes and never move them. Initial positions are a phyllotaxis in id order and the tick count is
// fixed, and d3-force's random source is a seeded LCG: nothing depends on input order or on time.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { NetworkGraph } from './network-graph';

export interface LayoutInput {
  ids: string[];
  radii: number[];
  source: number[];
  target: number[];
  weight: number[];
}

interface SimNode extends SimulationNodeDatum {
  index: number;
  r: number;
}

/** Node radius in layout units, by number of events: area grows with events, capped for hubs. */
export function nodeRadius(eventCount: number): number {
  return Math.min(4 + Math.sqrt(eventCount) * 3, 28);
}

/** Links each node keeps in a dense graph's layout (its strongest ties). */
export const LAYOUT_LINKS_PER_NODE = 8;

/**
 * The edges the layout pulls on: all of them in a sparse graph; in a dense one (80,000 ties among
 * 2,000 officials) only each node's strongest few, which shape the picture at a fraction of the cost.
 */
export function layoutEdges(graph: NetworkGraph, perNode = LAYOUT_LINKS_PER_NODE): number[] {
  const count = graph.edgeSource.length;
  if (count <= perNode * graph.nodes.length) return Array.from({ length: count }, (_, e) => e);
  const byWeight = Array.from({ length: count }, (_, e) => e).sort((x, y) => graph.edgeWeight[y]! - graph.edgeWeight[x]! || x - y);
  const kept = new Int32Array(graph.nodes.length);
  const out: number[] = [];
  for (const e of byWeight) {
    const a = graph.edgeSource[e]!;
    const b = graph.edgeTarget[e]!;
    if (kept[a]! < perNode || kept[b]! < perNode) {
      out.push(e);
      kept[a] = kept[a]! + 1;
      kept[b] = kept[b]! + 1;
    }
  }
  return out.sort((x, y) => x - y);
}

export function layoutInputFromGraph(graph: NetworkGraph): LayoutInput {
  const edges = layoutEdges(graph);
  return {
    ids: graph.nodes.map((n) => n.id + (n.kind === 'organization' ? '\u0000org' : '')),
    radii: graph.nodes.map((n) => nodeRadius(n.eventCount)),
    source: edges.map((e) => graph.edgeSource[e]!),
    target: edges.map((e) => graph.edgeTarget[e]!),
    weight: edges.map((e) => graph.edgeWeight[e]!),
  };
}

/** A fixed tick budget by size: enough to settle, bounded for 2,000 nodes. */
export function layoutTicks(nodeCount: number): number {
  return nodeCount <= 500 ? 300 : 120;
}

/**
 * The tick from which nodes push each other apart. Collision is the costliest force while the nodes
 * still pile up from their start positions (2,000 nodes: ~44 ms a tick over the first 40 ticks against
 * ~14 ms without it), and what it separates then is moved again by the others; in a large graph it
 * joins for the last third only, which cut the 50k corpus's layout from 4.5 s to 2.9 s with as few
 * overlaps at the end. Small graphs keep it throughout: they are cheap and must not overlap.
 */
export function collideFromTick(nodeCount: number, ticks: number): number {
  return nodeCount <= 500 ? 0 : Math.round((ticks * 2) / 3);
}

/** Positions as [x0, y0, x1, y1, ...] in input order, centred near (0, 0). */
export function computeLayout(input: LayoutInput): Float64Array {
  const n = input.ids.length;
  // Work in id order so that the same graph listed in another order lays out identically.
  const order = input.ids.map((_, i) => i).sort((a, b) => (input.ids[a]! < input.ids[b]! ? -1 : input.ids[a]! > input.ids[b]! ? 1 : 0));
  const rank = new Int32Array(n);
  order.forEach((original, r) => (rank[original] = r));
  const spacing = 14;
  const nodes: SimNode[] = order.map((original, r) => {
    const radius = spacing * Math.sqrt(0.5 + r);
    const angle = r * Math.PI * (3 - Math.sqrt(5));
    return { index: r, r: input.radii[original]!, x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
  // Links sorted by rank pair, for the same reason.
  const links = input.source
    .map((s, e) => {
      const a = rank[s]!;
      const b = rank[input.target[e]!]!;
      return { source: Math.min(a, b), target: Math.max(a, b), weight: input.weight[e]! };
    })
    .sort((x, y) => x.source - y.source || x.target - y.target);

  const charge = n > 500 ? -40 : -160;
  const ticks = layoutTicks(n);
  const collideFrom = collideFromTick(n, ticks);
  const collide = forceCollide<SimNode>().radius((d) => d.r + 3).iterations(n > 500 ? 1 : 2);
  const simulation = forceSimulation<SimNode>(nodes)
    .force(
      'link',
      forceLink<SimNode, { source: number | SimNode; target: number | SimNode; weight: number }>(links)
        .id((d) => d.index)
        .distance((l) => 40 + 20 / l.weight)
        .strength((l) => Math.min(1, 0.15 + 0.1 * l.weight)),
    )
    .force('charge', forceManyBody<SimNode>().strength(charge).theta(0.9).distanceMax(600))
    // In its place among the forces from the start when it runs throughout (their order matters: it
    // reads the velocities the forces before it have set), added later otherwise.
    .force('collide', collideFrom === 0 ? collide : null)
    // Gentle pull to the centre keeps disconnected pieces on screen.
    .force('x', forceX<SimNode>(0).strength(0.06))
    .force('y', forceY<SimNode>(0).strength(0.06))
    .stop();
  // Cool down over exactly the tick budget (d3's default schedule assumes 300 ticks).
  simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / ticks));
  for (let i = 0; i < ticks; i++) {
    if (i === collideFrom && i > 0) simulation.force('collide', collide);
    simulation.tick();
  }

  const out = new Float64Array(n * 2);
  for (let original = 0; original < n; original++) {
    const node = nodes[rank[original]!]!;
    out[original * 2] = node.x ?? 0;
    out[original * 2 + 1] = node.y ?? 0;
  }
  return out;
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function layoutBounds(xy: Float64Array, radii: readonly number[]): Bounds {
  const b: Bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (let i = 0; i < radii.length; i++) {
    const x = xy[i * 2]!;
    const y = xy[i * 2 + 1]!;
    const r = radii[i]!;
    b.minX = Math.min(b.minX, x - r);
    b.minY = Math.min(b.minY, y - r);
    b.maxX = Math.max(b.maxX, x + r);
    b.maxY = Math.max(b.maxY, y + r);
  }
  if (!Number.isFinite(b.minX)) return { minX: -1, minY: -1, maxX: 1, maxY: 1 };
  return b;
}

/** Scale and offset that fit the bounds in a width × height viewport with a margin (labels need room). */
export function fitToView(bounds: Bounds, width: number, height: number, margin = 24): { k: number; x: number; y: number } {
  const w = Math.max(bounds.maxX - bounds.minX, 1);
  const h = Math.max(bounds.maxY - bounds.minY, 1);
  const k = Math.max(0.05, Math.min((width - 2 * margin) / w, (height - 2 * margin) / h, 2.5));
  return {
    k,
    x: width / 2 - k * (bounds.minX + w / 2),
    y: height / 2 - k * (bounds.minY + h / 2),
  };
}
