// `npm run corpus:layout` as the curator runs it: it writes the corpus's layout file, keeps every placed
// node on a second run (the file does not change), and refuses a corpus that does not build.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { networkLayout } from '../../data/schema';
import { copyFixture, type TestCorpus } from '../test-corpus';
import { cliRunner } from './run-cli-for-test';

const run = cliRunner('corpus-layout-cli.ts');

let corpus: TestCorpus;
beforeEach(async () => {
  corpus = await copyFixture();
});
afterEach(async () => {
  await corpus.remove();
});

// Each test starts Node with tsx: allow for a busy machine.
describe('corpus:layout CLI', { timeout: 30_000 }, () => {
  it('writes the layout file, then keeps every node in place', async () => {
    const first = await run(['--corpus', corpus.corpusDir]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^network layout: 5 nodes \(laid out afresh\) → .*network-layout\.json/);
    const written = await corpus.read('network-layout.json');
    expect(Object.keys(networkLayout.parse(JSON.parse(written)).positions)).toHaveLength(5);
    const second = await run(['--corpus', corpus.corpusDir]);
    expect(second.stdout).toMatch(/5 kept in place, 0 placed beside their neighbours, 0 no longer in the corpus dropped/);
    expect(await corpus.read('network-layout.json')).toBe(written);
    // The build then ships it without a warning.
    expect((await corpus.build()).warnings).toEqual([]);
  });

  it('with --fresh, lays the network out anew', async () => {
    await corpus.write('network-layout.json', JSON.stringify({ schemaVersion: 1, positions: { 'phan-van-giang': [5000, 5000] } }));
    const result = await run(['--corpus', corpus.corpusDir, '--fresh']);
    expect(result.stdout).toMatch(/laid out afresh/);
    expect(networkLayout.parse(JSON.parse(await corpus.read('network-layout.json'))).positions['phan-van-giang']![0]).toBeLessThan(1000);
  });

  it('exits 1 on a corpus that does not build, and writes nothing', async () => {
    await corpus.edit('annotations/alpha.yaml', 'date: 2020-07-03', 'date: 2019-02-30');
    const result = await run(['--corpus', corpus.corpusDir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not a real calendar day[\s\S]*Nothing was written/);
    expect(existsSync(corpus.file('network-layout.json'))).toBe(false);
  });
});
