// Rows of the accessible list of ties: who met whom, how many events, first and last date in view.
import type { NetworkGraph } from './network-graph';
import type { Subgraph } from './visible-subgraph';

export interface TieRow {
  edge: number;
  /** The official first (for organization ties), else the pair in node order. */
  a: number;
  b: number;
  count: number;
  firstPosition: number;
  lastPosition: number;
}

/**
 * Each edge's place in name order (first name, then second), computed once per graph, so that
 * sorting the visible ties is a numeric sort even at 80,000 ties.
 */
export function edgeNameRanks(graph: NetworkGraph): Int32Array {
  const label = (v: number) => graph.nodes[v]!.label;
  const count = graph.edgeSource.length;
  const byNodeName = new Int32Array(graph.nodes.length);
  graph.nodes
    .map((_, v) => v)
    .sort((x, y) => (label(x) < label(y) ? -1 : label(x) > label(y) ? 1 : x - y))
    .forEach((v, rank) => (byNodeName[v] = rank));
  const first = (e: number) => rowEnds(graph, e)[0];
  const second = (e: number) => rowEnds(graph, e)[1];
  const keys = new Float64Array(count);
  const n = graph.nodes.length;
  for (let e = 0; e < count; e++) keys[e] = byNodeName[first(e)]! * n + byNodeName[second(e)]!;
  const order = Array.from({ length: count }, (_, e) => e).sort((x, y) => keys[x]! - keys[y]! || x - y);
  const ranks = new Int32Array(count);
  order.forEach((e, rank) => (ranks[e] = rank));
  return ranks;
}

/** The two ends of a row: the official first for an organization tie, else in node order. */
function rowEnds(graph: NetworkGraph, e: number): [number, number] {
  return [graph.edgeSource[e]!, graph.edgeTarget[e]!];
}

/** Visible ties, strongest first, then by names: the order a reader scans. */
export function tieRows(graph: NetworkGraph, sub: Subgraph, nameRanks: Int32Array): TieRow[] {
  const edges = sub.visibleEdges;
  const total = graph.edgeSource.length;
  // One numeric key per row (more events first, then name order) sorted natively: no comparator.
  const keys = new Float64Array(edges.length);
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    keys[i] = (MAX_COUNT - sub.edgeCount[e]!) * total + nameRanks[e]!;
  }
  keys.sort();
  const byRank = new Int32Array(total);
  for (let i = 0; i < edges.length; i++) byRank[nameRanks[edges[i]!]!] = edges[i]!;
  const rows: TieRow[] = new Array<TieRow>(edges.length);
  for (let i = 0; i < keys.length; i++) {
    const e = byRank[keys[i]! % total]!;
    const [a, b] = rowEnds(graph, e);
    rows[i] = { edge: e, a, b, count: sub.edgeCount[e]!, firstPosition: sub.edgeFirst[e]!, lastPosition: sub.edgeLast[e]! };
  }
  return rows;
}

const MAX_COUNT = 2 ** 20;
