import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../data/dataset-index';
import type { Dataset } from '../../../data/schema';
import { articleStage, collideFromTick, computeLayout, eventStages, fitToView, layoutBounds, layoutEdges, layoutInputFromGraph, seedPosition, type LayoutInput } from './force-layout';
import { buildNetworkGraph } from './network-graph';
import { syntheticDataset, tinyDataset } from './network-test-fixtures';

// The layout runs a full simulation; on a loaded CI machine that can take seconds (no timing asserted).
describe('computeLayout', { timeout: 60_000 }, () => {
  const graph = buildNetworkGraph(buildDatasetIndex(syntheticDataset(300, 60, 3)));
  const input = layoutInputFromGraph(graph);

  it('gives the same positions for the same graph', () => {
    expect(Array.from(computeLayout(input))).toEqual(Array.from(computeLayout(input)));
  });

  it('does not depend on the order nodes are listed in', () => {
    const n = input.ids.length;
    const perm = input.ids.map((_, i) => (i * 37) % n); // 37 is coprime with the 60 nodes
    const inverse = new Array<number>(n);
    perm.forEach((orig, i) => (inverse[orig] = i));
    const shuffled: LayoutInput = {
      ids: perm.map((i) => input.ids[i]!),
      radii: perm.map((i) => input.radii[i]!),
      source: input.source.map((s) => inverse[s]!),
      target: input.target.map((t) => inverse[t]!),
      weight: input.weight,
    };
    const a = computeLayout(input);
    const b = computeLayout(shuffled);
    for (let i = 0; i < n; i++) {
      expect(b[inverse[i]! * 2]).toBeCloseTo(a[i * 2]!, 6);
      expect(b[inverse[i]! * 2 + 1]).toBeCloseTo(a[i * 2 + 1]!, 6);
    }
  });

  it('is computed from the full graph only, so a filter cannot move a node', () => {
    // The layout's only input is the full graph: rebuilding it from the same dataset is identical.
    const again = layoutInputFromGraph(buildNetworkGraph(buildDatasetIndex(syntheticDataset(300, 60, 3))));
    expect(again).toEqual(input);
    expect(computeLayout.length).toBe(1);
  });

  it('produces finite positions and separates linked nodes from unrelated ones', () => {
    const xy = computeLayout(input);
    expect(Array.from(xy).every(Number.isFinite)).toBe(true);
    const tiny = buildNetworkGraph(buildDatasetIndex(tinyDataset()));
    const pos = computeLayout(layoutInputFromGraph(tiny));
    const at = (id: string) => [pos[tiny.nodeIndex.get(id)! * 2]!, pos[tiny.nodeIndex.get(id)! * 2 + 1]!] as const;
    const dist = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);
    expect(dist(at('giang'), at('shoigu'))).toBeLessThan(dist(at('giang'), at('alone')));
  });
});

describe('collideFromTick', () => {
  it('separates small graphs from the first tick and large ones in the last third', () => {
    expect(collideFromTick(22, 300)).toBe(0);
    expect(collideFromTick(500, 300)).toBe(0);
    expect(collideFromTick(2016, 120)).toBe(80);
  });

  it('still keeps a large graph deterministic and its nodes apart', { timeout: 60_000 }, () => {
    const big = layoutInputFromGraph(buildNetworkGraph(buildDatasetIndex(syntheticDataset(3_000, 600, 5))));
    expect(big.ids.length).toBeGreaterThan(500);
    const xy = computeLayout(big);
    expect(Array.from(xy)).toEqual(Array.from(computeLayout(big)));
    // Collision ran for the last ticks: few pairs of nodes sit on top of each other.
    let stacked = 0;
    for (let i = 0; i < big.ids.length; i++) {
      for (let j = i + 1; j < big.ids.length; j++) {
        if (Math.hypot(xy[i * 2]! - xy[j * 2]!, xy[i * 2 + 1]! - xy[j * 2 + 1]!) < Math.min(big.radii[i]!, big.radii[j]!)) stacked++;
      }
    }
    expect(stacked).toBeLessThan(big.ids.length / 20);
  });
});

describe('layoutEdges', () => {
  it('keeps every edge of a sparse graph', () => {
    const tiny = buildNetworkGraph(buildDatasetIndex(tinyDataset()));
    expect(layoutEdges(tiny)).toHaveLength(tiny.edgeSource.length);
  });

  it('keeps each node’s strongest ties in a dense graph, and no more than needed', () => {
    const graph = buildNetworkGraph(buildDatasetIndex(syntheticDataset(4_000, 100, 9)));
    const kept = layoutEdges(graph, 3);
    expect(graph.edgeSource.length).toBeGreaterThan(300);
    expect(kept.length).toBeLessThanOrEqual(3 * graph.nodes.length);
    // Every node with ties keeps at least one, and the strongest tie of all is kept.
    const strongest = Array.from(graph.edgeWeight).reduce((best, w, e) => (w > graph.edgeWeight[best]! ? e : best), 0);
    expect(kept).toContain(strongest);
    const touched = new Set(kept.flatMap((e) => [graph.edgeSource[e], graph.edgeTarget[e]]));
    graph.nodes.forEach((node, v) => node.degree > 0 && expect(touched.has(v)).toBe(true));
  });
});

describe('fitToView', () => {
  it('centres the bounds in the viewport', () => {
    const t = fitToView({ minX: -10, minY: -5, maxX: 10, maxY: 5 }, 200, 100, 0);
    expect(t.k).toBe(2.5);
    expect(t.x + t.k * 0).toBe(100);
    expect(t.y + t.k * 0).toBe(50);
  });

  it('takes radii into the bounds', () => {
    expect(layoutBounds(Float64Array.from([0, 0, 10, 0]), [2, 3])).toEqual({ minX: -2, minY: -3, maxX: 13, maxY: 3 });
  });
});

describe('a layout that stays put as articles are added', { timeout: 60_000 }, () => {
  /** The fixture's events spread over articles a000, a001, … in date order, `per` events each. */
  function withArticles(dataset: Dataset, per: number): Dataset {
    const count = Math.ceil(dataset.events.length / per);
    const articles = Array.from({ length: count }, (_, i) => ({ id: `a${String(i).padStart(3, '0')}`, title: 'A', source: 'S', publishedAt: null, url: null }));
    const events = dataset.events.map((e, i) => ({ ...e, sources: [{ articleId: articles[Math.floor(i / per)]!.id, evidence: [{ start: 0, end: 1, supports: ['what' as const] }] }] }));
    return { ...dataset, articles, events };
  }
  function layoutOf(dataset: Dataset) {
    const index = buildDatasetIndex(dataset);
    const input = layoutInputFromGraph(buildNetworkGraph(index), eventStages(index));
    return { ids: input.ids, xy: computeLayout(input) };
  }

  it('leaves every node the new article does not name exactly where it was', () => {
    const full = withArticles(syntheticDataset(120, 40, 3), 10);
    const newest = full.articles.at(-1)!.id;
    const named = new Set(full.events.filter((e) => e.sources[0]!.articleId === newest).flatMap((e) => e.officialIds));
    const before = layoutOf({ ...full, articles: full.articles.slice(0, -1), events: full.events.filter((e) => e.sources[0]!.articleId !== newest) });
    const after = layoutOf(full);
    const unnamed = before.ids.filter((id) => !named.has(id));
    expect(unnamed.length).toBeGreaterThan(5);
    for (const id of unnamed) {
      const i = before.ids.indexOf(id);
      const j = after.ids.indexOf(id);
      expect(after.xy[j * 2], id).toBeCloseTo(before.xy[i * 2]!, 9);
      expect(after.xy[j * 2 + 1], id).toBeCloseTo(before.xy[i * 2 + 1]!, 9);
    }
  });

  it("moves the nodes the new article names little: a mean under 5% of the picture's width", () => {
    const full = withArticles(syntheticDataset(120, 40, 3), 10);
    const newest = full.articles.at(-1)!.id;
    const before = layoutOf({ ...full, articles: full.articles.slice(0, -1), events: full.events.filter((e) => e.sources[0]!.articleId !== newest) });
    const after = layoutOf(full);
    const xs = Array.from(before.xy).filter((_, i) => i % 2 === 0);
    const width = Math.max(...xs) - Math.min(...xs);
    const moved = before.ids.map((id, i) => {
      const j = after.ids.indexOf(id);
      return Math.hypot(after.xy[j * 2]! - before.xy[i * 2]!, after.xy[j * 2 + 1]! - before.xy[i * 2 + 1]!);
    });
    const mean = moved.reduce((a, b) => a + b, 0) / moved.length;
    expect(moved.some((d) => d > 0)).toBe(true);
    expect(mean / width).toBeLessThan(0.05);
  });

  it('starts each node where its id puts it, whatever else is in the graph', () => {
    expect(seedPosition('fomin', 22)).toEqual(seedPosition('fomin', 40));
    expect(seedPosition('fomin', 22)).not.toEqual(seedPosition('fomim', 22));
  });

  it('brings each article in at a stage, one per article at first, then in doubling buckets', () => {
    expect([0, 1, 2, 15, 16, 17, 18, 19, 20].map(articleStage)).toEqual([0, 1, 2, 15, 16, 17, 17, 18, 18]);
  });
});
