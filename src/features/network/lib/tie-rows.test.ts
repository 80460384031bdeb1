import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { buildNetworkGraph } from './network-graph';
import { tinyDataset } from './network-test-fixtures';
import { formatDaySpan, tieRows } from './tie-rows';
import { visibleSubgraph } from './visible-subgraph';

describe('tieRows', () => {
  it('lists visible ties strongest first, then by name', () => {
    const index = buildDatasetIndex(tinyDataset());
    const graph = buildNetworkGraph(index);
    const sub = visibleSubgraph(graph, index.starts, index.ends, { from: 0, to: Date.UTC(2030, 0, 1), positions: null, includeOrganizations: false });
    const rows = tieRows(graph, sub).map((r) => `${graph.nodes[r.a]!.label}-${graph.nodes[r.b]!.label}:${r.count}`);
    expect(rows).toEqual(['FOMIN-GIANG:2', 'GIANG-SHOIGU:2', 'CUONG-FOMIN:1', 'FOMIN-SHOIGU:1']);
  });
});

describe('formatDaySpan', () => {
  it('writes one day or a span', () => {
    expect(formatDaySpan('2019-08-14', '2019-08-14')).toBe('14 Aug 2019');
    expect(formatDaySpan('2018-12-03', '2024-06-20')).toBe('3 Dec 2018 – 20 Jun 2024');
  });
});
