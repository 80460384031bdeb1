// corpus:draft measured: on the seed corpus with its annotations removed and on the fiction fixtures,
// at least 80% of the annotated contacts are proposed with both people and a date whose bounds contain
// the annotated one, and no two officials who did not meet are paired. Each drafts and builds a corpus
// per article: the time limit allows for a busy machine.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, formatEvaluation, type ArticleResult } from './evaluate-corpus';
import { FIXTURE_CORPUS, fixtureExpectations, SEED_REFERENCES } from './evaluation-setup';

const seedCorpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../corpus');
const recall = (results: ArticleResult[]) => results.reduce((n, r) => n + r.found, 0) / results.reduce((n, r) => n + r.annotated, 0);

// Whole-corpus runs: allow for a busy machine.
describe('corpus:draft evaluation', { timeout: 20_000 }, () => {
  it('proposes at least 80% of the seed corpus contacts and pairs no one who did not meet', async () => {
    const results = await evaluateCorpus({ corpusDir: seedCorpus, references: SEED_REFERENCES });
    const report = formatEvaluation('seed corpus', results);
    expect(recall(results), report).toBeGreaterThanOrEqual(0.8);
    expect(results.flatMap((r) => r.wrongPairs), report).toEqual([]);
  }, 120_000);

  it('does the same on agency-style articles of our own writing', async () => {
    const results = await evaluateCorpus({ corpusDir: FIXTURE_CORPUS, expected: await fixtureExpectations() });
    const report = formatEvaluation('fixtures', results);
    expect(results.map((r) => r.article)).toEqual(['a', 'b', 'c']);
    expect(recall(results), report).toBeGreaterThanOrEqual(0.8);
    expect(results.flatMap((r) => r.wrongPairs), report).toEqual([]);
  }, 120_000);
});
