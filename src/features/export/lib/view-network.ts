// The network of the events on screen: officials who took part in them, and a tie between two
// officials for each event they both took part in (its weight is that count). Each official stands
// where the app's network draws them (the positions shipped with the dataset), so the file shows the
// picture on screen; without those positions it is laid out with d3-force, seeded and run to rest,
// so the same view always exports the same picture.
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import type { DefenceEvent, Official } from '../../../data/schema';

export interface ExportNode {
  official: Official;
  /** Events on screen the official took part in. */
  events: number;
  x: number;
  y: number;
}

export interface ExportTie {
  source: string;
  target: string;
  weight: number;
  /** First and last shared event (YYYY-MM-DD of their `date`). */
  first: string;
  last: string;
}

export interface ExportNetwork {
  nodes: ExportNode[];
  ties: ExportTie[];
}

/** Positions by official id, as shipped in network-layout.json (screen axes: y grows downwards). */
export type ShippedPositions = Readonly<Record<string, readonly [number, number]>>;

export function networkInView(events: readonly DefenceEvent[], officialById: ReadonlyMap<string, Official>, shipped: ShippedPositions | null = null): ExportNetwork {
  const counts = new Map<string, number>();
  const ties = new Map<string, ExportTie>();
  for (const e of events) {
    const ids = [...new Set(e.officialIds)].filter((id) => officialById.has(id)).sort();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}\u0000${ids[j]}`;
        const tie = ties.get(key);
        if (tie) {
          tie.weight++;
          if (e.date < tie.first) tie.first = e.date;
          if (e.date > tie.last) tie.last = e.date;
        } else ties.set(key, { source: ids[i]!, target: ids[j]!, weight: 1, first: e.date, last: e.date });
      }
    }
  }
  const nodes = [...counts.keys()].sort().map((id) => ({ official: officialById.get(id)!, events: counts.get(id)!, x: 0, y: 0 }));
  const tieList = [...ties.values()].sort((a, b) => (a.source + a.target < b.source + b.target ? -1 : 1));
  if (!(shipped && placeAsShipped(nodes, shipped))) layOut(nodes, tieList);
  return { nodes, ties: tieList };
}

/** Places every node where `shipped` puts it, in the same box as layOut; false (nothing set) when one is missing. */
function placeAsShipped(nodes: ExportNode[], shipped: ShippedPositions): boolean {
  const at = nodes.map((n) => (Object.hasOwn(shipped, n.official.id) ? shipped[n.official.id] : undefined));
  if (at.length === 0 || at.some((p) => p === undefined)) return false;
  // Centred on the nodes exported, so that a part of the network fills the picture like the whole.
  const cx = at.reduce((sum, p) => sum + p![0], 0) / at.length;
  const cy = at.reduce((sum, p) => sum + p![1], 0) / at.length;
  let extent = 1;
  for (const p of at) extent = Math.max(extent, Math.abs(p![0] - cx), Math.abs(p![1] - cy));
  nodes.forEach((n, i) => {
    n.x = Math.round(((at[i]![0] - cx) / extent) * 480 * 100) / 100;
    n.y = Math.round(((at[i]![1] - cy) / extent) * 480 * 100) / 100;
  });
  return true;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
}

/** Positions in a 1000×1000 box around the origin. d3-force starts from a fixed phyllotaxis, so this is deterministic. */
function layOut(nodes: ExportNode[], ties: readonly ExportTie[]): void {
  if (nodes.length === 0) return;
  const sim: SimNode[] = nodes.map((n) => ({ id: n.official.id }));
  const simulation = forceSimulation(sim)
    .force('charge', forceManyBody().strength(-220))
    .force(
      'link',
      forceLink<SimNode, { source: string; target: string; weight: number }>(ties.map((t) => ({ ...t })))
        .id((d) => d.id)
        .distance(90),
    )
    .force('collide', forceCollide(24))
    .force('center', forceCenter(0, 0))
    .stop();
  const ticks = Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
  simulation.tick(nodes.length > 1500 ? 120 : ticks);
  let extent = 1;
  for (const n of sim) extent = Math.max(extent, Math.abs(n.x ?? 0), Math.abs(n.y ?? 0));
  nodes.forEach((n, i) => {
    n.x = Math.round(((sim[i]!.x ?? 0) / extent) * 480 * 100) / 100;
    n.y = Math.round(((sim[i]!.y ?? 0) / extent) * 480 * 100) / 100;
  });
}
