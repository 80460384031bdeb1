import { describe, expect, it } from 'vitest';
import { buildDatasetIndex, filteredPositions } from '../../../data/dataset-index';
import { buildNetworkGraph } from './network-graph';
import { syntheticDataset, tinyDataset } from './network-test-fixtures';
import { createSubgraphCache } from './subgraph-cache';
import { edgeNameRanks, tieRows } from './tie-rows';
import { visibleSubgraph, windowRange } from './visible-subgraph';

const ALL = { from: Date.UTC(2018, 0, 1), to: Date.UTC(2024, 11, 31) };

describe('createSubgraphCache on the tiny dataset', () => {
  const index = buildDatasetIndex(tinyDataset());
  const graph = buildNetworkGraph(index);
  const make = () => createSubgraphCache(graph, index.starts, index.ends, edgeNameRanks(graph));

  it('gives the same subgraph and rows as computing them directly', () => {
    const query = { ...ALL, positions: null, includeOrganizations: false };
    const slice = make().get(query);
    const direct = visibleSubgraph(graph, index.starts, index.ends, query);
    expect(Array.from(slice.sub.visibleEdges)).toEqual(Array.from(direct.visibleEdges));
    expect(slice.rows).toEqual(tieRows(graph, direct, edgeNameRanks(graph)));
  });

  it('does not recompute for a re-render with the same inputs (a hover or selection change)', () => {
    const cache = make();
    const first = cache.get({ ...ALL, positions: null, includeOrganizations: false });
    const again = cache.get({ ...ALL, positions: null, includeOrganizations: false });
    expect(again).toBe(first);
    expect(cache.stats.computed).toBe(1);
  });

  it('recomputes when the filter or the organizations switch change', () => {
    const cache = make();
    cache.get({ ...ALL, positions: null, includeOrganizations: false });
    const filtered = cache.get({ ...ALL, positions: filteredPositions(index, ['cuong']), includeOrganizations: false });
    expect(filtered.rows.map((r) => `${graph.nodes[r.a]!.id}|${graph.nodes[r.b]!.id}`)).toEqual(['cuong|fomin']);
    cache.get({ ...ALL, positions: filteredPositions(index, ['cuong']), includeOrganizations: true });
    expect(cache.stats.computed).toBe(3);
  });
});

describe('createSubgraphCache at scale (50,000 events, 2,000 officials)', () => {
  const index = buildDatasetIndex(syntheticDataset(50_000, 2_000, 7));
  const graph = buildNetworkGraph(index);
  const nameRanks = edgeNameRanks(graph);
  const make = () => createSubgraphCache(graph, index.starts, index.ends, nameRanks);
  const query = (from: number, to: number) => ({ from, to, positions: null, includeOrganizations: false });

  it('reuses the subgraph while a window moves without taking in or dropping an event', () => {
    const cache = make();
    const from = Date.UTC(2020, 2, 1);
    const to = Date.UTC(2020, 2, 31);
    const first = cache.get(query(from, to));
    // Shift the window by less than the gap to the next event start on either side.
    const [, hi] = windowRange(index.starts, graph.maxSpanMs, from, to);
    const room = index.starts[hi]! - to;
    expect(room).toBeGreaterThan(0);
    expect(cache.get(query(from, to + room - 1))).toBe(first);
    expect(cache.stats.computed).toBe(1);
    // Taking in the next event is a real change.
    const wider = cache.get(query(from, index.starts[hi]!));
    expect(wider).not.toBe(first);
    expect(wider.sub.eventCount).toBeGreaterThan(first.sub.eventCount);
    expect(cache.stats.computed).toBe(2);
  });

  it('matches a direct computation after many window changes', () => {
    const cache = make();
    for (let month = 0; month < 24; month++) {
      const from = Date.UTC(2019, month, 1);
      const to = Date.UTC(2019, month + 2, 0);
      const slice = cache.get(query(from, to));
      const direct = visibleSubgraph(graph, index.starts, index.ends, query(from, to));
      expect(slice.sub.eventCount).toBe(direct.eventCount);
      expect(slice.rows.length).toBe(direct.visibleEdges.length);
    }
  });

  it('examines only the filtered official’s events to decide, and one subgraph per filter change', () => {
    const cache = make();
    const official = 'o01500';
    const own = index.positionsByOfficial.get(official)!;
    const positions = filteredPositions(index, [official]);
    const slice = cache.get({ ...ALL, positions, includeOrganizations: false });
    expect(cache.stats.keyWork).toBe(own.length);
    expect(slice.sub.work).toBeLessThan(own.length * 22 + 1);
    cache.get({ ...ALL, positions, includeOrganizations: false });
    expect(cache.stats.computed).toBe(1);
    expect(cache.stats.keyWork).toBe(2 * own.length);
  });
});
