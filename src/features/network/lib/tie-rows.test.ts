import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { buildNetworkGraph } from './network-graph';
import { syntheticDataset, tinyDataset } from './network-test-fixtures';
import { edgeNameRanks, tieRows } from './tie-rows';
import { visibleSubgraph } from './visible-subgraph';

describe('tieRows', () => {
  it('lists visible ties strongest first, then by name', () => {
    const index = buildDatasetIndex(tinyDataset());
    const graph = buildNetworkGraph(index);
    const sub = visibleSubgraph(graph, index.starts, index.ends, { from: 0, to: Date.UTC(2030, 0, 1), positions: null, includeOrganizations: false });
    const rows = tieRows(graph, sub, edgeNameRanks(graph)).map((r) => `${graph.nodes[r.a]!.label}-${graph.nodes[r.b]!.label}:${r.count}`);
    expect(rows).toEqual(['FOMIN-GIANG:2', 'GIANG-SHOIGU:2', 'CUONG-FOMIN:1', 'FOMIN-SHOIGU:1']);
  });

  it('matches a plain comparator sort on a larger graph', () => {
    const index = buildDatasetIndex(syntheticDataset(3_000, 300, 5));
    const graph = buildNetworkGraph(index);
    const sub = visibleSubgraph(graph, index.starts, index.ends, { from: Date.UTC(2019, 0, 1), to: Date.UTC(2020, 0, 1), positions: null, includeOrganizations: false });
    const label = (v: number) => graph.nodes[v]!.label;
    const expected = Array.from(sub.visibleEdges).sort((x, y) => {
      const d = sub.edgeCount[y]! - sub.edgeCount[x]!;
      if (d) return d;
      const [ax, ay, bx, by] = [label(graph.edgeSource[x]!), label(graph.edgeSource[y]!), label(graph.edgeTarget[x]!), label(graph.edgeTarget[y]!)];
      return ax < ay ? -1 : ax > ay ? 1 : bx < by ? -1 : bx > by ? 1 : 0;
    });
    const rows = tieRows(graph, sub, edgeNameRanks(graph));
    expect(rows.map((r) => [label(r.a), label(r.b), r.count])).toEqual(expected.map((e) => [label(graph.edgeSource[e]!), label(graph.edgeTarget[e]!), sub.edgeCount[e]]));
    expect(rows.length).toBeGreaterThan(1_000);
  });
});

