// The CLI as `npm run dataset` runs it: a one-line summary on success; exit 1 listing every error.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { copyFixture, type TestCorpus } from '../test-corpus';
import { cliRunner } from './run-cli-for-test';

const run = cliRunner('build-dataset-cli.ts');

let corpus: TestCorpus;
beforeEach(async () => {
  corpus = await copyFixture();
});
afterEach(async () => {
  await corpus.remove();
});

// Each test starts Node with tsx: allow for a busy machine.
describe('build-dataset CLI', { timeout: 20_000 }, () => {
  it('prints a one-line summary and writes the output', async () => {
    const result = await run(['--corpus', corpus.corpusDir, '--out', corpus.outDir]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^dataset: 2 articles, 2 events, 2 officials, 3 organizations, \d+ mentions → /);
    expect(existsSync(path.join(corpus.outDir, 'dataset.json'))).toBe(true);
  });

  it('exits 1 listing every error, and writes nothing', async () => {
    await corpus.edit('annotations/alpha.yaml', 'date: 2020-07-03', 'date: 2019-02-30');
    await corpus.write('articles/beta.txt', '');
    const result = await run(['--corpus', corpus.corpusDir, '--out', corpus.outDir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/The corpus has 2 errors:/);
    expect(result.stderr).toMatch(/alpha\.yaml:28: events\[1\]\.date: not a real calendar day/);
    expect(result.stderr).toMatch(/beta\.txt: article is empty/);
    expect(existsSync(corpus.outDir)).toBe(false);
  });

  it('exits 1 on an unknown flag with the usage', async () => {
    const result = await run(['--corpse', 'x']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/usage: npm run dataset/);
  });
});
