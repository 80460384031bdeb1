// The part of the graph a reader sees: the ties of the events in the time window that pass the
// filter. It walks only those events (binary search on start times; the filter's own positions),
// so a filter on one official at 50,000 events costs that official's events, not the dataset.
import { bisectLeft, bisectRight } from 'd3-array';
import { EDGE_ORGANIZATION, type NetworkGraph } from './network-graph';

export interface SubgraphQuery {
  /** Window in UTC ms (inclusive days): an event shows when it overlaps [from, to]. */
  from: number;
  to: number;
  /** Positions (ascending) that pass the filter, or null when everything passes. */
  positions: Int32Array | null;
  includeOrganizations: boolean;
}

export interface Subgraph {
  /** Visible events per edge and per node (0 = not visible). */
  edgeCount: Int32Array;
  nodeCount: Int32Array;
  /** First and last visible event position per edge (-1 when none). */
  edgeFirst: Int32Array;
  edgeLast: Int32Array;
  visibleEdges: Int32Array;
  visibleNodes: Int32Array;
  /** Events in play. */
  eventCount: number;
  /** Events and incidences examined: the work counter the scale tests hold to account. */
  work: number;
}


/** Positions range [lo, hi) that may overlap the window: nothing outside it can. */
export function windowRange(starts: Float64Array, maxSpanMs: number, from: number, to: number): [number, number] {
  return [bisectLeft(starts, from - maxSpanMs), bisectRight(starts, to)];
}

export function visibleSubgraph(
  graph: NetworkGraph,
  starts: Float64Array,
  ends: Float64Array,
  query: SubgraphQuery,
): Subgraph {
  const edgeTotal = graph.edgeSource.length;
  const edgeCount = new Int32Array(edgeTotal);
  const edgeFirst = new Int32Array(edgeTotal).fill(-1);
  const edgeLast = new Int32Array(edgeTotal).fill(-1);
  const nodeCount = new Int32Array(graph.nodes.length);
  const edges: number[] = [];
  const nodes: number[] = [];
  let work = 0;
  let eventCount = 0;
  const [lo, hi] = windowRange(starts, graph.maxSpanMs, query.from, query.to);

  const visit = (p: number) => {
    work++;
    if (ends[p]! < query.from) return;
    eventCount++;
    for (let i = graph.eventNodeStart[p]!, end = graph.eventNodeStart[p + 1]!; i < end; i++) {
      work++;
      const v = graph.eventNodes[i]!;
      if (!query.includeOrganizations && v >= graph.officialCount) continue;
      const seen = nodeCount[v]!;
      nodeCount[v] = seen + 1;
      if (seen === 0) nodes.push(v);
    }
    for (let i = graph.eventEdgeStart[p]!, end = graph.eventEdgeStart[p + 1]!; i < end; i++) {
      work++;
      const e = graph.eventEdges[i]!;
      if (!query.includeOrganizations && graph.edgeKind[e] === EDGE_ORGANIZATION) continue;
      const seen = edgeCount[e]!;
      edgeCount[e] = seen + 1;
      if (seen === 0) {
        edges.push(e);
        edgeFirst[e] = p;
      }
      edgeLast[e] = p;
    }
  };

  if (query.positions === null) {
    for (let p = lo; p < hi; p++) visit(p);
  } else {
    const positions = query.positions;
    const end = bisectLeft(positions, hi);
    for (let i = bisectLeft(positions, lo); i < end; i++) visit(positions[i]!);
  }

  return {
    edgeCount,
    nodeCount,
    edgeFirst,
    edgeLast,
    visibleEdges: Int32Array.from(edges),
    visibleNodes: Int32Array.from(nodes),
    eventCount,
    work,
  };
}

/** Positions of an edge's events that are visible under the query (ascending). */
export function visibleEdgeEvents(
  graph: NetworkGraph,
  starts: Float64Array,
  ends: Float64Array,
  edge: number,
  query: Pick<SubgraphQuery, 'from' | 'to' | 'positions'>,
): number[] {
  const allowed = query.positions;
  const out: number[] = [];
  for (let i = graph.edgePosStart[edge]!, end = graph.edgePosStart[edge + 1]!; i < end; i++) {
    const p = graph.edgePositions[i]!;
    if (starts[p]! > query.to || ends[p]! < query.from) continue;
    if (allowed && allowed[bisectLeft(allowed, p)] !== p) continue;
    out.push(p);
  }
  return out;
}
