import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { buildNetworkGraph, edgeEventPositions, edgeKey, EDGE_ORGANIZATION } from './network-graph';
import { tinyDataset } from './network-test-fixtures';

describe('buildNetworkGraph', () => {
  const index = buildDatasetIndex(tinyDataset());
  const graph = buildNetworkGraph(index);
  const edgeOf = (key: string) => graph.edgeSource.findIndex((_, e) => edgeKey(graph, e) === key);

  it('has officials (sorted by id) then organizations as nodes', () => {
    expect(graph.nodes.map((n) => n.id)).toEqual(['alone', 'cuong', 'fomin', 'giang', 'shoigu', 'mod-ru']);
    expect(graph.officialCount).toBe(5);
    expect(graph.nodes[5]!.kind).toBe('organization');
  });

  it('counts each node’s events', () => {
    const count = (id: string) => graph.nodes[graph.nodeIndex.get(id)!]!.eventCount;
    expect(count('giang')).toBe(4);
    expect(count('fomin')).toBe(3);
    expect(count('alone')).toBe(0);
    expect(count('mod-ru')).toBe(1);
  });

  it('weights an edge by the events two officials share', () => {
    const e = edgeOf('giang|shoigu');
    expect(graph.edgeWeight[e]).toBe(2);
    expect(graph.edgeWeight[edgeOf('fomin|giang')]).toBe(2);
    expect(graph.edgeWeight[edgeOf('cuong|fomin')]).toBe(1);
    // The unknown official of e5 adds no edge and no node.
    expect(graph.nodeIndex.has('ghost')).toBe(false);
  });

  it('keeps the events behind each edge in date order', () => {
    const e = edgeOf('fomin|giang');
    const ids = Array.from(edgeEventPositions(graph, e), (p) => index.eventsByDate[p]!.id);
    expect(ids).toEqual(['e4', 'e2']);
  });

  it('links organizations to the officials of the events that list both, never to each other', () => {
    const orgEdges = graph.edgeSource.reduce<string[]>((acc, _, e) => (graph.edgeKind[e] === EDGE_ORGANIZATION ? [...acc, edgeKey(graph, e)] : acc), []);
    expect(orgEdges.sort()).toEqual(['fomin|mod-ru', 'giang|mod-ru', 'mod-ru|shoigu']);
  });

  it('records the longest event span for window searches', () => {
    expect(graph.maxSpanMs).toBe(6 * 86_400_000);
  });
});
