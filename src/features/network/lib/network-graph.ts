// The full relationship graph, built once per dataset. Officials (and organizations) are nodes; an edge
// joins two nodes that appear in the same event. Everything a window or filter change needs later is
// precomputed here as flat arrays (CSR), so the visible subgraph touches only the events in play.
import { countryName } from '../../../data/countries';
import type { DatasetIndex } from '../../../data/dataset-index';

export type NodeKind = 'official' | 'organization';
/** Edge kinds: two officials, or an organization and an official (orgs never link to orgs). */
export const EDGE_OFFICIALS = 0;
export const EDGE_ORGANIZATION = 1;

export interface GraphNode {
  id: string;
  kind: NodeKind;
  label: string;
  country: string | null;
  /** The country in words: a party's name from the dataset, a third country's from its code, or "International". */
  countryName: string;
  /** The party's colour (from the dataset), or null: organizations and third countries are drawn neutral. */
  fill: string | null;
  /** A third country's code, written beside the name (a party's official needs none: the colour says it). */
  badge: string | null;
  /** Events the node takes part in across the whole dataset (drives its size: stable under filters). */
  eventCount: number;
  /** Distinct neighbours in the full graph (drives label priority). */
  degree: number;
}

export interface NetworkGraph {
  /** Officials sorted by id, then organizations sorted by id. */
  nodes: GraphNode[];
  nodeIndex: Map<string, number>;
  officialCount: number;
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  edgeWeight: Int32Array;
  edgeKind: Uint8Array;
  /** Event positions of each edge (ascending): edgePositions[edgePosStart[e] .. edgePosStart[e + 1]). */
  edgePosStart: Int32Array;
  edgePositions: Int32Array;
  /** Edges and nodes of each event position, same CSR layout. */
  eventEdgeStart: Int32Array;
  eventEdges: Int32Array;
  eventNodeStart: Int32Array;
  eventNodes: Int32Array;
  /** The longest event (end - start, ms): how far before a window an overlapping event may start. */
  maxSpanMs: number;
}

/** Public key of an edge: the two node ids, sorted, joined by "|" (ids never contain "|"). */
export function edgeKey(graph: NetworkGraph, edge: number): string {
  const a = graph.nodes[graph.edgeSource[edge]!]!.id;
  const b = graph.nodes[graph.edgeTarget[edge]!]!.id;
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function buildNetworkGraph(index: DatasetIndex): NetworkGraph {
  const { dataset, eventsByDate, starts, ends } = index;
  const officials = [...dataset.officials].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const organizations = [...dataset.organizations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const nodes: GraphNode[] = [
    ...officials.map((o) => {
      const party = index.partyByCode.get(o.country);
      return { id: o.id, kind: 'official' as const, label: o.name, country: o.country, countryName: countryName(index.partyByCode, o.country), fill: party?.colour ?? null, badge: party ? null : o.country, eventCount: 0, degree: 0 };
    }),
    ...organizations.map((o) => ({ id: o.id, kind: 'organization' as const, label: o.name, country: o.country, countryName: countryName(index.partyByCode, o.country), fill: null, badge: null, eventCount: 0, degree: 0 })),
  ];
  const officialCount = officials.length;
  const officialIndex = new Map<string, number>();
  const organizationIndex = new Map<string, number>();
  officials.forEach((o, i) => officialIndex.set(o.id, i));
  organizations.forEach((o, i) => organizationIndex.set(o.id, officialCount + i));
  const nodeIndex = new Map<string, number>();
  // Officials win an id shared with an organization: the filter and data-official-id speak of officials.
  for (const [id, i] of organizationIndex) nodeIndex.set(id, i);
  for (const [id, i] of officialIndex) nodeIndex.set(id, i);

  const n = nodes.length;
  const edgeByPair = new Map<number, number>();
  const src: number[] = [];
  const tgt: number[] = [];
  const kind: number[] = [];
  const eventEdgeStart = new Int32Array(eventsByDate.length + 1);
  const eventNodeStart = new Int32Array(eventsByDate.length + 1);
  const eventEdges: number[] = [];
  const eventNodes: number[] = [];
  let maxSpanMs = 0;

  const link = (a: number, b: number, k: number) => {
    // Node indices are unique within an event, so each pair is met once per event.
    const pair = a < b ? a * n + b : b * n + a;
    let e = edgeByPair.get(pair);
    if (e === undefined) {
      e = src.length;
      edgeByPair.set(pair, e);
      src.push(a < b ? a : b);
      tgt.push(a < b ? b : a);
      kind.push(k);
    }
    eventEdges.push(e);
  };

  const people: number[] = [];
  const orgs: number[] = [];
  for (let p = 0; p < eventsByDate.length; p++) {
    const event = eventsByDate[p]!;
    maxSpanMs = Math.max(maxSpanMs, ends[p]! - starts[p]!);
    collectUnique(event.officialIds, officialIndex, people);
    collectUnique(event.organizationIds, organizationIndex, orgs);
    for (const v of people) {
      nodes[v]!.eventCount++;
      eventNodes.push(v);
    }
    for (const v of orgs) {
      nodes[v]!.eventCount++;
      eventNodes.push(v);
    }
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) link(people[i]!, people[j]!, EDGE_OFFICIALS);
      for (const org of orgs) link(people[i]!, org, EDGE_ORGANIZATION);
    }
    eventEdgeStart[p + 1] = eventEdges.length;
    eventNodeStart[p + 1] = eventNodes.length;
  }

  // Events of each edge (CSR), filled from the per-event lists: positions come out ascending.
  const edgeCount = src.length;
  const edgeWeight = new Int32Array(edgeCount);
  for (const e of eventEdges) edgeWeight[e] = edgeWeight[e]! + 1;
  const edgePosStart = new Int32Array(edgeCount + 1);
  for (let e = 0; e < edgeCount; e++) edgePosStart[e + 1] = edgePosStart[e]! + edgeWeight[e]!;
  const edgePositions = new Int32Array(edgePosStart[edgeCount]!);
  const fill = edgePosStart.slice(0, edgeCount);
  for (let p = 0; p < eventsByDate.length; p++) {
    for (let i = eventEdgeStart[p]!; i < eventEdgeStart[p + 1]!; i++) {
      const e = eventEdges[i]!;
      edgePositions[fill[e]!] = p;
      fill[e] = fill[e]! + 1;
    }
  }
  for (let e = 0; e < edgeCount; e++) {
    nodes[src[e]!]!.degree++;
    nodes[tgt[e]!]!.degree++;
  }

  return {
    nodes,
    nodeIndex,
    officialCount,
    edgeSource: Int32Array.from(src),
    edgeTarget: Int32Array.from(tgt),
    edgeWeight,
    edgeKind: Uint8Array.from(kind),
    edgePosStart,
    edgePositions,
    eventEdgeStart,
    eventEdges: Int32Array.from(eventEdges),
    eventNodeStart,
    eventNodes: Int32Array.from(eventNodes),
    maxSpanMs,
  };
}

/** Known, distinct node indices of `ids` into `out` (reused between events: no allocation). */
function collectUnique(ids: readonly string[], lookup: Map<string, number>, out: number[]): void {
  out.length = 0;
  for (const id of ids) {
    const v = lookup.get(id);
    if (v !== undefined && !out.includes(v)) out.push(v);
  }
}

/** Positions of an edge's events (ascending, into `eventsByDate`). */
export function edgeEventPositions(graph: NetworkGraph, edge: number): Int32Array {
  return graph.edgePositions.subarray(graph.edgePosStart[edge]!, graph.edgePosStart[edge + 1]!);
}
