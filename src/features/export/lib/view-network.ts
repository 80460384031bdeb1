// The network of the events on screen: officials who took part in them, and a tie between two
// officials for each event they both took part in (its weight is that count). Laid out with
// d3-force, seeded and run to rest, so the same view always exports the same picture.
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

export function networkInView(events: readonly DefenceEvent[], officialById: ReadonlyMap<string, Official>): ExportNetwork {
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
  layOut(nodes, tieList);
  return { nodes, ties: tieList };
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
