// `npm run corpus:draft:evaluate`: the drafts' recall and precision on the seed corpus (annotations
// removed) and on the fiction fixtures, and whether each draft builds once accepted (README figures).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURE_CORPUS, fixtureExpectations } from '../draft/evaluation-setup';
import { evaluateCorpus, formatEvaluation } from '../draft/evaluate-corpus';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const seed = await evaluateCorpus({ corpusDir: path.join(root, 'src/corpus') });
console.log(formatEvaluation('seed corpus', seed));
const fixtures = await evaluateCorpus({ corpusDir: FIXTURE_CORPUS, expected: await fixtureExpectations() });
console.log(formatEvaluation('agency-style fixtures', fixtures));
