// The layout that stays put on any corpus size: it starts from the previous layout (the positions
// the corpus keeps in its layout file and the dataset ships). A node the previous layout placed stays
// there, unless it is tied to a new node, and then it moves only a little to make room; a new node
// starts beside the placed nodes it has ties to. Like the fresh layout it is a pure function: the
// same graph and anchors give the same positions.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { chargeStrength, collideFromTick, computeLayout, idFraction, linkDistance, linkStrength, seedPosition, type LayoutInput } from './force-layout';
import { coolDown, holdAllBut, idOrder, inInputOrder } from './simulation-steps';

interface SimNode extends SimulationNodeDatum {
  index: number;
  r: number;
  homeX: number;
  homeY: number;
  anchored: boolean;
}

/** How hard a placed node that makes room is held at its previous position (d3's forceX strength; the
 * fresh layout's pull to the id seed is 0.06). */
const ANCHOR_PULL = 1;
/** Ticks for the new nodes among the placed ones held fixed, then the short, cool run in which the
 * placed nodes tied to new ones make room (measured in anchored-layout.test.ts: hotter or longer runs
 * moved them several times as far for no better placed new nodes). */
const PLACE_TICKS = 120;
const RELAX_TICKS = 30;
const RELAX_ALPHA = 0.05;

/**
 * Positions [x0, y0, …] in input order. Without anchors: the fresh layout (computeLayout). With anchors
 * for every node: the anchors, as committed. Otherwise the new nodes settle in among the placed ones,
 * and only the placed nodes tied to a new one move, a little, to make room.
 */
export function placeNetwork(input: LayoutInput): Float64Array {
  const anchors = input.anchors ?? {};
  const has = (id: string) => Object.hasOwn(anchors, id);
  if (!input.ids.some(has)) return computeLayout(input);
  return anchoredPositions(input) ?? anchoredLayout(input, anchors, has);
}

/** The anchors as positions in input order when they place every node (no simulation at all), else null. */
export function anchoredPositions(input: LayoutInput): Float64Array | null {
  const anchors = input.anchors ?? {};
  if (!input.ids.every((id) => Object.hasOwn(anchors, id))) return null;
  const out = new Float64Array(input.ids.length * 2);
  input.ids.forEach((id, i) => ([out[i * 2], out[i * 2 + 1]] = anchors[id]!));
  return out;
}

function anchoredLayout(input: LayoutInput, anchors: NonNullable<LayoutInput['anchors']>, has: (id: string) => boolean): Float64Array {
  const n = input.ids.length;
  const { order, rank } = idOrder(input.ids);
  // Each pair once, summed over stages, sorted by rank pair.
  const byPair = new Map<number, { source: number; target: number; weight: number }>();
  input.source.forEach((s, e) => {
    const a = Math.min(rank[s]!, rank[input.target[e]!]!);
    const b = Math.max(rank[s]!, rank[input.target[e]!]!);
    const link = byPair.get(a * n + b);
    if (link) link.weight += input.weight[e]!;
    else byPair.set(a * n + b, { source: a, target: b, weight: input.weight[e]! });
  });
  const links = [...byPair.values()].sort((x, y) => x.source - y.source || x.target - y.target);
  const neighbours = Array.from({ length: n }, () => [] as number[]);
  for (const l of links) {
    neighbours[l.source]!.push(l.target);
    neighbours[l.target]!.push(l.source);
  }

  const nodes: SimNode[] = order.map((original, r) => {
    const id = input.ids[original]!;
    const anchored = has(id);
    const [x, y] = anchored ? anchors[id]! : [NaN, NaN];
    return { index: r, r: input.radii[original]!, x, y, homeX: x, homeY: y, anchored };
  });
  placeNewNodes(nodes, neighbours, (r) => input.ids[order[r]!]!, n);

  const ticks = PLACE_TICKS;
  const collide = forceCollide<SimNode>().radius((d) => d.r + 3).iterations(n > 500 ? 1 : 2);
  const collideFrom = collideFromTick(n, ticks);
  const pull = (d: SimNode) => (d.anchored ? ANCHOR_PULL : 0.06);
  const simulation = forceSimulation<SimNode>(nodes)
    .force('link', forceLink<SimNode, (typeof links)[number]>(links).id((d) => d.index).distance(linkDistance).strength(linkStrength))
    .force('charge', forceManyBody<SimNode>().strength(chargeStrength(n)).theta(0.9).distanceMax(600))
    .force('collide', collideFrom === 0 ? collide : null)
    .force('x', forceX<SimNode>((d) => d.homeX).strength(pull))
    .force('y', forceY<SimNode>((d) => d.homeY).strength(pull))
    .stop();
  // First the new nodes find their place among the placed ones, which do not move …
  holdAllBut(nodes, (d) => !d.anchored);
  coolDown(simulation, ticks, { force: collide, from: collideFrom });
  // … then the placed nodes tied to a new one make room, held near where they were, briefly: a
  // longer or hotter run would release the tension a force layout always keeps (hubs pulled by
  // hundreds of ties) and move the whole picture. Every other node stays exactly in place.
  const touched = new Set<number>();
  for (const node of nodes) if (!node.anchored) for (const v of neighbours[node.index]!) touched.add(v);
  holdAllBut(nodes, (d) => !d.anchored || touched.has(d.index));
  simulation.force('collide', collide).alpha(RELAX_ALPHA);
  coolDown(simulation, RELAX_TICKS);
  holdAllBut(nodes, () => true);
  return inInputOrder(nodes, rank);
}

/**
 * Start points for the nodes without an anchor: the centroid of their placed neighbours, a little off
 * it in a direction their id picks (in rounds, so a new node tied only to other new ones follows them);
 * a node with no placed neighbour at all starts where its id puts it, as in the fresh layout.
 */
function placeNewNodes(nodes: SimNode[], neighbours: number[][], idOf: (rank: number) => string, n: number): void {
  let waiting = nodes.filter((d) => !d.anchored);
  for (let round = 0; round < 4 && waiting.length > 0; round++) {
    const start = new Map<SimNode, [number, number]>();
    for (const node of waiting) {
      let sx = 0;
      let sy = 0;
      let count = 0;
      for (const v of neighbours[node.index]!) {
        const other = nodes[v]!;
        if (Number.isNaN(other.x)) continue;
        sx += other.x!;
        sy += other.y!;
        count++;
      }
      if (count === 0) continue;
      const angle = 2 * Math.PI * idFraction(idOf(node.index), 3);
      const distance = 20 + 20 * idFraction(idOf(node.index), 4);
      start.set(node, [sx / count + distance * Math.cos(angle), sy / count + distance * Math.sin(angle)]);
    }
    if (start.size === 0) break;
    for (const [node, [x, y]] of start) [node.x, node.y, node.homeX, node.homeY] = [x, y, x, y];
    waiting = waiting.filter((d) => !start.has(d));
  }
  for (const node of waiting) {
    const [x, y] = seedPosition(idOf(node.index), n);
    [node.x, node.y, node.homeX, node.homeY] = [x, y, x, y];
  }
}
