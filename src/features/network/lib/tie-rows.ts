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

/** Visible ties, strongest first, then by names: the order a reader scans. */
export function tieRows(graph: NetworkGraph, sub: Subgraph): TieRow[] {
  const rows: TieRow[] = [];
  for (let i = 0; i < sub.visibleEdges.length; i++) {
    const e = sub.visibleEdges[i]!;
    rows.push({
      edge: e,
      a: graph.edgeSource[e]!,
      b: graph.edgeTarget[e]!,
      count: sub.edgeCount[e]!,
      firstPosition: sub.edgeFirst[e]!,
      lastPosition: sub.edgeLast[e]!,
    });
  }
  const label = (v: number) => graph.nodes[v]!.label;
  return rows.sort((x, y) => {
    if (x.count !== y.count) return y.count - x.count;
    const ax = label(x.a);
    const ay = label(y.a);
    if (ax !== ay) return ax < ay ? -1 : 1;
    const bx = label(x.b);
    const by = label(y.b);
    return bx < by ? -1 : bx > by ? 1 : x.edge - y.edge;
  });
}

/** "3 Dec 2018" or "3 Dec 2018 – 14 Aug 2019", from YYYY-MM-DD days. */
export function formatDaySpan(first: string, last: string): string {
  return first === last ? formatDay(first) : `${formatDay(first)} – ${formatDay(last)}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export function formatDay(day: string): string {
  return `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1] ?? ''} ${day.slice(0, 4)}`;
}
