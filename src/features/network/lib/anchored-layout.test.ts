import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../data/dataset-index';
import type { Dataset } from '../../../data/schema';
import { placeNetwork } from './anchored-layout';
import { computeLayout, eventStages, layoutInputFromGraph, type LayoutInput } from './force-layout';
import { buildNetworkGraph } from './network-graph';
import { syntheticDataset } from './network-test-fixtures';

type Anchors = Record<string, [number, number]>;

/** The fixture's events spread over articles in date order, `per` events each; the newest article's
 * events each bring in one official no earlier article names (its first participant makes way). */
function corpusGrowth(events: number, officials: number) {
  const base = syntheticDataset(events, officials, 3);
  const count = Math.ceil(base.events.length / 10);
  const articles = Array.from({ length: count }, (_, i) => ({ id: `a${String(i).padStart(4, '0')}`, title: 'A', source: 'S', publishedAt: null, url: null }));
  const newest = articles.at(-1)!.id;
  let added = 0;
  const newcomers: Dataset['officials'] = [];
  const dated = base.events.map((e, i) => {
    const articleId = articles[Math.floor(i / 10)]!.id;
    const sourced = { ...e, sources: [{ articleId, evidence: [{ start: 0, end: 1, supports: ['what' as const] }] }] };
    if (articleId !== newest) return sourced;
    const id = `zz-new-${added++}`;
    newcomers.push({ id, name: id, country: 'AV', aliases: [], roles: [] });
    return { ...sourced, officialIds: [...e.officialIds.slice(1), id] };
  });
  const before: Dataset = { ...base, articles: articles.slice(0, -1), events: dated.filter((e) => e.sources[0]!.articleId !== newest) };
  const after: Dataset = { ...base, articles, officials: [...base.officials, ...newcomers], events: dated };
  return { before: inputOf(before), after: inputOf(after) };
}

function inputOf(dataset: Dataset): LayoutInput {
  const index = buildDatasetIndex(dataset);
  return layoutInputFromGraph(buildNetworkGraph(index), eventStages(index));
}

function anchorsOf(input: LayoutInput, xy: Float64Array): Anchors {
  return Object.fromEntries(input.ids.map((id, i) => [id, [xy[i * 2]!, xy[i * 2 + 1]!]]));
}

const at = (input: LayoutInput, xy: Float64Array, id: string) => {
  const i = input.ids.indexOf(id);
  return [xy[i * 2]!, xy[i * 2 + 1]!] as const;
};

// Full simulations up to 2,000 nodes: seconds on a loaded CI machine (no timing is asserted).
describe('a layout anchored on the previous one', { timeout: 120_000 }, () => {
  for (const [events, officials] of [[600, 140], [3_000, 600], [12_000, 2_000]] as const) {
    it(`moves the existing nodes little when an article adds nodes (${officials} officials)`, () => {
      const { before, after } = corpusGrowth(events, officials);
      const previous = computeLayout(before);
      const anchors = anchorsOf(before, previous);
      const next = placeNetwork({ ...after, anchors });
      const xs = Array.from(previous).filter((_, i) => i % 2 === 0);
      const width = Math.max(...xs) - Math.min(...xs);
      const moves = before.ids.map((id) => Math.hypot(at(after, next, id)[0] - anchors[id]![0], at(after, next, id)[1] - anchors[id]![1]));
      const mean = moves.reduce((a, b) => a + b, 0) / moves.length;
      // Without anchors the same article moves the picture by a quarter of its width or more.
      const fresh = computeLayout(after);
      const freshMean = before.ids.reduce((sum, id) => sum + Math.hypot(at(after, fresh, id)[0] - anchors[id]![0], at(after, fresh, id)[1] - anchors[id]![1]), 0) / before.ids.length;
      console.info(`${officials} officials: mean move ${((100 * mean) / width).toFixed(2)}% of the width anchored, ${((100 * freshMean) / width).toFixed(1)}% fresh`);
      expect(mean / width).toBeLessThan(0.05);
      expect(freshMean / width).toBeGreaterThan(0.1);
      // Only the nodes tied to a new one moved at all.
      const newIds = new Set(after.ids.filter((id) => !Object.hasOwn(anchors, id)));
      const tiedToNew = new Set<string>();
      after.source.forEach((s, e) => {
        const [a, b] = [after.ids[s]!, after.ids[after.target[e]!]!];
        if (newIds.has(a)) tiedToNew.add(b);
        if (newIds.has(b)) tiedToNew.add(a);
      });
      before.ids.forEach((id, i) => tiedToNew.has(id) || expect(moves[i], id).toBe(0));
      // Each new node ends near its neighbours: its ties no longer than the picture's ties usually are.
      const length = (e: number) => Math.hypot(next[after.source[e]! * 2]! - next[after.target[e]! * 2]!, next[after.source[e]! * 2 + 1]! - next[after.target[e]! * 2 + 1]!);
      const lengths = after.source.map((_, e) => length(e)).sort((a, b) => a - b);
      const median = lengths[lengths.length >> 1]!;
      const newTies = after.source.map((_, e) => e).filter((e) => newIds.has(after.ids[after.source[e]!]!) || newIds.has(after.ids[after.target[e]!]!));
      expect(newIds.size).toBe(10);
      expect(newTies.reduce((sum, e) => sum + length(e), 0) / newTies.length).toBeLessThan(1.5 * median);
    });
  }

  it('shows anchors that place every node as they are, and ignores ids no longer in the graph', () => {
    const { before } = corpusGrowth(600, 140);
    const anchors = anchorsOf(before, computeLayout(before));
    const next = placeNetwork({ ...before, anchors: { ...anchors, 'gone-official': [1e6, 1e6] } });
    before.ids.forEach((id) => expect(at(before, next, id)).toEqual(anchors[id]));
  });

  it('is deterministic, and ids that vanished change nothing', () => {
    const { before, after } = corpusGrowth(600, 140);
    const anchors = anchorsOf(before, computeLayout(before));
    const once = placeNetwork({ ...after, anchors });
    expect(Array.from(placeNetwork({ ...after, anchors }))).toEqual(Array.from(once));
    expect(Array.from(placeNetwork({ ...after, anchors: { ...anchors, 'org:gone': [500, -500], gone: [0, 0] } }))).toEqual(Array.from(once));
  });

  it('lays out afresh when no anchor names a node of the graph', () => {
    const { after } = corpusGrowth(600, 140);
    expect(Array.from(placeNetwork({ ...after, anchors: { gone: [0, 0] } }))).toEqual(Array.from(computeLayout(after)));
  });
});
