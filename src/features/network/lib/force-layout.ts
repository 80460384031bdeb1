// The force layout, as a pure function: same graph in, same positions out. It runs once on the FULL
// graph (organizations included), never on a filtered one, so filters and windows only hide or dim
// nodes and never move them. Initial positions come from the ids alone, the tick count is fixed, and
// d3-force's random source is a seeded LCG: nothing depends on input order or on time. A small graph
// takes its ties in stages, article by article, and a later stage moves only the nodes its ties touch:
// adding an article leaves every node it does not name exactly where it was.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { DatasetIndex } from '../../../data/dataset-index';
import type { NetworkGraph } from './network-graph';
import { coolDown, holdAllBut, idOrder, inInputOrder } from './simulation-steps';

export interface LayoutInput {
  ids: string[];
  radii: number[];
  source: number[];
  target: number[];
  weight: number[];
  /** Per edge, the stage that adds it (see articleStage); none: every edge from the start. */
  stage?: number[];
  /** Per stage, each node's radius from its events up to that stage (a node grows as articles come in). */
  stageRadii?: number[][];
  /** Previous positions by layout key (the layout shipped with the dataset): see placeNetwork. */
  anchors?: Readonly<Record<string, readonly [number, number]>>;
}

/** A node's key in the layout and in the layout file: an official's id, or `org:` and an organization's
 * id (ids never hold a colon, so the two kinds never collide). */
export function layoutKey(node: { id: string; kind: 'official' | 'organization' }): string {
  return node.kind === 'organization' ? `org:${node.id}` : node.id;
}

interface SimNode extends SimulationNodeDatum {
  index: number;
  r: number;
  /** Where the node starts, derived from its id alone. */
  homeX: number;
  homeY: number;
}

/** FNV-1a over the id's UTF-16 code units, with a salt: a well-spread 32-bit number per id. */
function hashId(id: string, salt: number): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // A final avalanche, so ids differing in their last character land far apart.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

/**
 * A node's starting point from its id alone, spread evenly over a disc sized for n nodes: adding or
 * removing other nodes (another article) does not move where a node starts, as an order-based
 * spiral would (every later id shifts one place).
 */
export function seedPosition(id: string, n: number): [number, number] {
  // Sized for the graph, in steps (powers of two) so that a few more nodes do not rescale every start.
  const room = 2 ** Math.ceil(Math.log2(Math.max(n, 64)));
  const radius = 14 * Math.sqrt(room) * Math.sqrt(hashId(id, 1) / 2 ** 32);
  const angle = (2 * Math.PI * hashId(id, 2)) / 2 ** 32;
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
}

/** FNV-1a hash of an id as a number in [0, 1), for deterministic offsets. */
export function idFraction(id: string, salt: number): number {
  return hashId(id, salt) / 2 ** 32;
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

/**
 * The layout's input. With `eventStage` (the stage of each event position), an edge is listed once per
 * stage that adds events to it, weighted by those events: a stage sees each tie as strong as the
 * articles up to it make it, so a later article never changes an earlier stage.
 */
export function layoutInputFromGraph(graph: NetworkGraph, eventStage?: (position: number) => number): LayoutInput {
  // A staged (small) graph keeps every tie: choosing the strongest would let a new article change
  // which ties the earlier stages pull on.
  const staged = eventStage !== undefined && graph.nodes.length <= STAGED_UP_TO;
  const edges = staged ? Array.from(graph.edgeSource.keys()) : layoutEdges(graph);
  if (!staged) eventStage = undefined;
  const input: Required<Omit<LayoutInput, 'stageRadii' | 'anchors'>> & Pick<LayoutInput, 'stageRadii'> = {
    ids: graph.nodes.map(layoutKey),
    radii: graph.nodes.map((n) => nodeRadius(n.eventCount)),
    source: [],
    target: [],
    weight: [],
    stage: [],
  };
  if (eventStage) {
    // Each node's event count by stage, then the radius it has at each stage.
    const counts: number[][] = [];
    for (let p = 0; p + 1 < graph.eventNodeStart.length; p++) {
      const stage = eventStage(p);
      counts[stage] ??= new Array<number>(graph.nodes.length).fill(0);
      for (let i = graph.eventNodeStart[p]!; i < graph.eventNodeStart[p + 1]!; i++) counts[stage]![graph.eventNodes[i]!]! += 1;
    }
    const running = new Array<number>(graph.nodes.length).fill(0);
    input.stageRadii = Array.from(counts, (c) => running.map((_, v) => nodeRadius((running[v]! += c?.[v] ?? 0))));
  }
  for (const e of edges) {
    const counts = new Map<number, number>();
    if (eventStage) {
      for (let i = graph.edgePosStart[e]!; i < graph.edgePosStart[e + 1]!; i++) {
        const stage = eventStage(graph.edgePositions[i]!);
        counts.set(stage, (counts.get(stage) ?? 0) + 1);
      }
    } else counts.set(0, graph.edgeWeight[e]!);
    for (const [stage, weight] of [...counts].sort(([a], [b]) => a - b)) {
      input.source.push(graph.edgeSource[e]!);
      input.target.push(graph.edgeTarget[e]!);
      input.weight.push(weight);
      input.stage.push(stage);
    }
  }
  return input;
}

/** The forces' parameters, shared with the anchored layout (anchored-layout.ts). */
export const chargeStrength = (n: number) => (n > 500 ? -40 : -160);
export const linkDistance = (l: { weight: number }) => 40 + 20 / l.weight;
export const linkStrength = (l: { weight: number }) => Math.min(1, 0.15 + 0.1 * l.weight);

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

/** Articles that each get a stage of their own before stages start to share. */
const SINGLE_STAGES = 16;

/**
 * The stage that brings in the ties of the article ranked `rank` (by id, which grows as articles are
 * added): one stage per article for the first SINGLE_STAGES, then buckets doubling in size. A new
 * article joins the last stage, so every earlier stage, and the positions it leaves, are as before.
 */
export function articleStage(rank: number): number {
  return rank < SINGLE_STAGES ? rank : SINGLE_STAGES + Math.floor(Math.log2(rank - SINGLE_STAGES + 1));
}

/** Each event's stage: that of the earliest-added (lowest id) article reporting it. */
export function eventStages(index: Pick<DatasetIndex, 'dataset' | 'eventsByDate'>): (position: number) => number {
  const rank = new Map([...index.dataset.articles].map((a) => a.id).sort().map((id, r) => [id, r] as const));
  const stages = index.eventsByDate.map((e) => articleStage(Math.min(...e.sources.map((s) => rank.get(s.articleId) ?? 0), rank.size)));
  return (position) => stages[position] ?? 0;
}

/** Ticks of each stage after the first, and the heat it starts from: enough to place new ties, too
 * little to rearrange what earlier stages settled. */
const RESTAGE_TICKS = 100;
const RESTAGE_ALPHA = 0.3;
/** Graphs larger than this lay out in one stage (the cost of a stage grows with the graph). */
const STAGED_UP_TO = 150;

/**
 * Positions as [x0, y0, x1, y1, ...] in input order, centred near (0, 0). Nodes start where their ids
 * put them (seedPosition); in a small graph the ties come in by stage, each stage starting from the
 * last one's positions, so that adding an article (a last stage's worth of ties) moves little.
 */
export function computeLayout(input: LayoutInput): Float64Array {
  const n = input.ids.length;
  const { order, rank } = idOrder(input.ids);
  const nodes: SimNode[] = order.map((original, r) => {
    const [x, y] = seedPosition(input.ids[original]!, n);
    return { index: r, r: input.radii[original]!, x, y, homeX: x, homeY: y };
  });
  // Links sorted by rank pair, for the same reason.
  const links = input.source
    .map((s, e) => {
      const a = rank[s]!;
      const b = rank[input.target[e]!]!;
      const stage = n > STAGED_UP_TO ? 0 : (input.stage?.[e] ?? 0);
      return { source: Math.min(a, b), target: Math.max(a, b), weight: input.weight[e]!, stage };
    })
    .sort((x, y) => x.source - y.source || x.target - y.target || x.stage - y.stage);
  const lastStage = links.reduce((m, l) => Math.max(m, l.stage), 0);

  const charge = chargeStrength(n);
  const ticks = layoutTicks(n);
  const collideFrom = collideFromTick(n, ticks);
  // Nodes have the size their events up to the current stage give them (the final size at the end).
  const staged = n <= STAGED_UP_TO && input.stageRadii !== undefined && lastStage > 0;
  const radiusAt = (stage: number) => (d: SimNode) => (staged ? (input.stageRadii![Math.min(stage, input.stageRadii!.length - 1)]?.[order[d.index]!] ?? d.r) : d.r) + 3;
  const collide = forceCollide<SimNode>().radius(radiusAt(0)).iterations(n > 500 ? 1 : 2);
  // A stage's links: each pair once, as strong as its events up to that stage.
  const linksUpTo = (stage: number) => {
    const merged: { source: number; target: number; weight: number }[] = [];
    for (const l of links) {
      if (l.stage > stage) continue;
      const last = merged[merged.length - 1];
      if (last && last.source === l.source && last.target === l.target) last.weight += l.weight;
      else merged.push({ source: l.source, target: l.target, weight: l.weight });
    }
    return merged;
  };
  const linkForce = (stage: number) =>
    forceLink<SimNode, { source: number | SimNode; target: number | SimNode; weight: number }>(linksUpTo(stage))
      .id((d) => d.index)
      .distance(linkDistance)
      .strength(linkStrength);
  const simulation = forceSimulation<SimNode>(nodes)
    .force('link', linkForce(0))
    .force('charge', forceManyBody<SimNode>().strength(charge).theta(0.9).distanceMax(600))
    // In its place among the forces from the start when it runs throughout (their order matters: it
    // reads the velocities the forces before it have set), added later otherwise.
    .force('collide', collideFrom === 0 ? collide : null)
    // A gentle pull to each node's starting point keeps disconnected pieces on screen and each node
    // near where its id puts it.
    .force('x', forceX<SimNode>((d) => d.homeX).strength(0.06))
    .force('y', forceY<SimNode>((d) => d.homeY).strength(0.06))
    .stop();
  coolDown(simulation, ticks, { force: collide, from: collideFrom });
  // Later stages move only the nodes their own ties touch; everything else holds its place.
  for (let stage = 1; stage <= lastStage; stage++) {
    const moving = new Set<number>();
    for (const l of links) if (l.stage === stage) moving.add(l.source).add(l.target);
    if (moving.size === 0) continue;
    holdAllBut(nodes, (d) => moving.has(d.index));
    collide.radius(radiusAt(stage));
    simulation.force('link', linkForce(stage)).alpha(RESTAGE_ALPHA);
    coolDown(simulation, RESTAGE_TICKS);
  }
  holdAllBut(nodes, () => true);
  return inInputOrder(nodes, rank);
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
