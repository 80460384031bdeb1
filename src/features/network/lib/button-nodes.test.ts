import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { MAX_NODE_BUTTONS, nodesWithButtons } from './button-nodes';
import { buildNetworkGraph } from './network-graph';
import { syntheticDataset, tinyDataset } from './network-test-fixtures';
import { visibleSubgraph } from './visible-subgraph';

const ALL = { from: Date.UTC(2018, 0, 1), to: Date.UTC(2024, 11, 31), positions: null, includeOrganizations: false };
const none = { nodes: new Set<number>(), edges: new Set<number>(), active: false };

describe('nodesWithButtons', () => {
  it('gives every official a button at the seed’s size, even one with no event in view', () => {
    const index = buildDatasetIndex(tinyDataset());
    const graph = buildNetworkGraph(index);
    const sub = visibleSubgraph(graph, index.starts, index.ends, ALL);
    const xy = new Float64Array(graph.nodes.length * 2);
    expect(nodesWithButtons(graph, sub, xy, { k: 1, x: 0, y: 0 }, 10, 10, none)).toEqual([0, 1, 2, 3, 4]);
  });

  it('caps a large graph to the busiest officials inside the viewport, emphasised ones first', () => {
    const index = buildDatasetIndex(syntheticDataset(5_000, 600, 2));
    const graph = buildNetworkGraph(index);
    const sub = visibleSubgraph(graph, index.starts, index.ends, ALL);
    // Lay the nodes on a line: x = node index, so only nodes 0..499 fit a 500-px viewport.
    const xy = new Float64Array(graph.nodes.length * 2);
    graph.nodes.forEach((_, v) => (xy[v * 2] = v));
    const quiet = graph.nodes.reduce((best, _, v) => (v < 500 && sub.nodeCount[v]! > 0 && sub.nodeCount[v]! < sub.nodeCount[best]! ? v : best), 0);
    const chosen = nodesWithButtons(graph, sub, xy, { k: 1, x: 0, y: 0 }, 500, 10, { ...none, nodes: new Set([quiet]), active: true });
    expect(chosen).toHaveLength(MAX_NODE_BUTTONS);
    expect(chosen[0]).toBe(quiet);
    expect(chosen.every((v) => v < 500)).toBe(true);
    const counts = chosen.slice(1).map((v) => sub.nodeCount[v]!);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});
