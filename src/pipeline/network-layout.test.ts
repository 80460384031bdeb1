// The network's positions as corpus state: the committed files cover their corpora, the build ships
// positions for every node (warning when the committed file lacks some), and a broken file is a
// corpus error that names it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { networkLayout, type NetworkLayoutFile } from '../data/schema';
import { assembleCorpus } from './build-dataset';
import { layoutNetwork, networkLayoutText } from './network-layout';
import { copyFixture, type TestCorpus } from './test-corpus';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('the committed network layouts', { timeout: 30_000 }, () => {
  for (const [name, dir] of [['the seed corpus', '../corpus'], ['the second corpus (fixture)', 'fixtures/corpus-b']] as const) {
    it(`cover every node of ${name}, and nothing else (else: npm run corpus:layout)`, async () => {
      const { dataset, layout } = await assembleCorpus(path.resolve(here, dir));
      expect(layout, 'network-layout.json is missing').toBeDefined();
      const result = layoutNetwork(dataset, layout!.positions);
      expect({ added: result.added, dropped: result.dropped }).toEqual({ added: 0, dropped: 0 });
      // What the build ships is what the curator committed.
      expect(result.positions).toEqual(layout!.positions);
      expect(networkLayoutText(result.positions)).toBe(await readFile(path.resolve(here, dir, 'network-layout.json'), 'utf8'));
    });
  }
});

describe('the network layout in the build', { timeout: 30_000 }, () => {
  let corpus: TestCorpus;
  beforeEach(async () => {
    corpus = await copyFixture();
  });
  afterEach(async () => {
    await corpus.remove();
  });
  const shipped = async (): Promise<NetworkLayoutFile> => networkLayout.parse(JSON.parse(await readFile(path.join(corpus.outDir, 'network-layout.json'), 'utf8')));
  const nodeKeys = ['org:ru-armed-forces', 'org:vpa', 'org:vpa-general-staff', 'phan-van-giang', 'sergei-shoigu'];

  it('lays out afresh without a layout file, and says how to keep the picture', async () => {
    const summary = await corpus.build();
    expect(summary.warnings).toHaveLength(1);
    expect(summary.warnings[0]).toMatch(/no network-layout\.json.*npm run corpus:layout/);
    expect(Object.keys((await shipped()).positions).sort()).toEqual(nodeKeys);
  });

  it('ships a complete committed layout as it is, without a warning, ignoring ids no longer in the graph', async () => {
    const { dataset } = await assembleCorpus(corpus.corpusDir);
    const { positions } = layoutNetwork(dataset);
    await corpus.write('network-layout.json', networkLayoutText({ ...positions, 'left-the-corpus': [1, 2] }));
    const summary = await corpus.build();
    expect(summary.warnings).toEqual([]);
    expect((await shipped()).positions).toEqual(positions);
  });

  it('places nodes the committed layout lacks and warns, naming the file and the command', async () => {
    const { dataset } = await assembleCorpus(corpus.corpusDir);
    const { positions } = layoutNetwork(dataset);
    const partial = Object.fromEntries(Object.entries(positions).filter(([key]) => key !== 'org:vpa-general-staff'));
    await corpus.write('network-layout.json', networkLayoutText(partial));
    const summary = await corpus.build();
    expect(summary.warnings).toEqual([expect.stringMatching(/network-layout\.json does not place 1 of the network's 5 nodes.*npm run corpus:layout/)]);
    const out = (await shipped()).positions;
    expect(Object.keys(out).sort()).toEqual(nodeKeys);
    expect(Object.values(out).flat().every(Number.isFinite)).toBe(true);
  });

  it('refuses a malformed layout file, naming it', async () => {
    await corpus.write('network-layout.json', '{ "schemaVersion": 1, "positions": { "a": [1, 2], } }');
    expect(await corpus.buildError()).toMatch(/network-layout\.json: invalid network layout JSON/);
    await corpus.write('network-layout.json', JSON.stringify({ schemaVersion: 1, positions: { 'sergei-shoigu': [1] } }));
    expect(await corpus.buildError()).toMatch(/network-layout\.json: invalid network layout: positions\.sergei-shoigu/);
  });

  it('writes the file with sorted keys, one node a line, rounded', () => {
    const text = networkLayoutText({ b: [1.25, -0.04], 'org:a': [3, 4], a: [0, 0] });
    expect(text.split('\n').slice(2, 6)).toEqual(['  "positions": {', '    "a": [0, 0],', '    "b": [1.25, -0.04],', '    "org:a": [3, 4]']);
    expect(networkLayout.parse(JSON.parse(text)).positions.b).toEqual([1.25, -0.04]);
    const { positions } = layoutNetwork({ schemaVersion: 2, corpus: { title: 't', description: 'd', parties: [], span: { from: '2000-01-01', to: '2001-01-01' } }, articles: [], officials: [{ id: 'x', name: 'X', country: 'AV', aliases: [], roles: [] }], organizations: [], events: [] } as never);
    expect(Number.isInteger(positions.x![0] * 10)).toBe(true);
  });
});
