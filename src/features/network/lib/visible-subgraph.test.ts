import { describe, expect, it } from 'vitest';
import { buildDatasetIndex, filteredPositions } from '../../../data/dataset-index';
import { buildNetworkGraph, edgeKey } from './network-graph';
import { syntheticDataset, tinyDataset } from './network-test-fixtures';
import { visibleEdgeEvents, visibleSubgraph, windowRange } from './visible-subgraph';

const ALL = { from: Date.UTC(2018, 0, 1), to: Date.UTC(2024, 11, 31) };

describe('visibleSubgraph on the tiny dataset', () => {
  const index = buildDatasetIndex(tinyDataset());
  const graph = buildNetworkGraph(index);
  const keys = (sub: ReturnType<typeof visibleSubgraph>) => Array.from(sub.visibleEdges, (e) => `${edgeKey(graph, e)}:${sub.edgeCount[e]}`).sort();
  const run = (from: number, to: number, officials: string[] = [], includeOrganizations = false) =>
    visibleSubgraph(graph, index.starts, index.ends, { from, to, positions: filteredPositions(index, officials), includeOrganizations });

  it('shows every tie in the full window', () => {
    expect(keys(run(ALL.from, ALL.to))).toEqual(['cuong|fomin:1', 'fomin|giang:2', 'fomin|shoigu:1', 'giang|shoigu:2']);
  });

  it('adds organization ties only when asked', () => {
    expect(keys(run(ALL.from, ALL.to, [], true))).toContain('giang|mod-ru:1');
    expect(run(ALL.from, ALL.to, [], true).visibleNodes).toContain(graph.nodeIndex.get('mod-ru'));
    expect(run(ALL.from, ALL.to).visibleNodes).not.toContain(graph.nodeIndex.get('mod-ru'));
  });

  it('keeps a range event that started before the window but overlaps it', () => {
    const sub = run(Date.UTC(2019, 7, 16), Date.UTC(2019, 7, 31));
    expect(keys(sub)).toEqual(['fomin|giang:1']);
    expect(sub.eventCount).toBe(1);
  });

  it('shows only the filtered officials’ events (and their co-participants’ ties)', () => {
    const sub = run(ALL.from, ALL.to, ['cuong']);
    expect(keys(sub)).toEqual(['cuong|fomin:1']);
    expect(sub.nodeCount[graph.nodeIndex.get('fomin')!]).toBe(1);
  });

  it('tracks first and last event of each tie', () => {
    const sub = run(ALL.from, ALL.to);
    const e = graph.edgeSource.findIndex((_, i) => edgeKey(graph, i) === 'giang|shoigu');
    expect(index.eventsByDate[sub.edgeFirst[e]!]!.id).toBe('e1');
    expect(index.eventsByDate[sub.edgeLast[e]!]!.id).toBe('e2');
  });

  it('lists the visible events of one tie', () => {
    const e = graph.edgeSource.findIndex((_, i) => edgeKey(graph, i) === 'fomin|giang');
    const ids = (q: Parameters<typeof visibleEdgeEvents>[4]) => visibleEdgeEvents(graph, index.starts, index.ends, e, q).map((p) => index.eventsByDate[p]!.id);
    expect(ids({ ...ALL, positions: null })).toEqual(['e4', 'e2']);
    expect(ids({ from: Date.UTC(2019, 7, 14), to: Date.UTC(2019, 7, 14), positions: null })).toEqual(['e4', 'e2']);
    expect(ids({ ...ALL, positions: filteredPositions(index, ['cuong']) })).toEqual([]);
  });
});

describe('visibleSubgraph at scale (50,000 events, 2,000 officials)', () => {
  const index = buildDatasetIndex(syntheticDataset(50_000, 2_000, 7));
  const graph = buildNetworkGraph(index);
  const incidences = (p: number) =>
    graph.eventNodeStart[p + 1]! - graph.eventNodeStart[p]! + graph.eventEdgeStart[p + 1]! - graph.eventEdgeStart[p]!;

  it('touches only the events inside a one-month window', () => {
    const from = Date.UTC(2020, 2, 1);
    const to = Date.UTC(2020, 2, 31);
    const sub = visibleSubgraph(graph, index.starts, index.ends, { from, to, positions: null, includeOrganizations: false });
    const [lo, hi] = windowRange(index.starts, graph.maxSpanMs, from, to);
    let expected = 0;
    for (let p = lo; p < hi; p++) expected += 1 + incidences(p);
    expect(sub.work).toBe(expected);
    expect(hi - lo).toBeLessThan(1_000); // about 600 of the 50,000
    expect(sub.eventCount).toBe(hi - lo);
  });

  it('touches only one official’s events under a filter on that official', () => {
    const official = 'o01500';
    const own = index.positionsByOfficial.get(official)!;
    const sub = visibleSubgraph(graph, index.starts, index.ends, { ...ALL, positions: filteredPositions(index, [official]), includeOrganizations: false });
    const expected = own.reduce((sum, p) => sum + 1 + incidences(p), 0);
    expect(sub.work).toBe(expected);
    expect(sub.eventCount).toBe(own.length);
    expect(own.length).toBeLessThan(200);
  });

  it('does work linear in the events in play for the full view', () => {
    const sub = visibleSubgraph(graph, index.starts, index.ends, { ...ALL, positions: null, includeOrganizations: false });
    expect(sub.eventCount).toBe(50_000);
    // Each event: itself, ≤ 6 nodes and ≤ 15 pairs.
    expect(sub.work).toBeLessThanOrEqual(50_000 * 22);
  });
});
