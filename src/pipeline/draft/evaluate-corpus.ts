// Drafts every article of a corpus as if it had no annotations, and scores the drafts against what the
// curator annotated (or against a list of expected contacts), then checks that every draft, accepted as
// it stands, builds. Used by the evaluation test and by `npm run corpus:draft:evaluate`.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { buildDataset } from '../build-dataset';
import { CorpusError } from '../corpus-error';
import { acceptDraft } from './accept-draft';
import { draftArticle } from './draft-article';
import { draftToYaml } from './draft-yaml';
import { contactPairs, scoreContacts, type ContactPair, type DatedEvent, type Score } from './evaluate';
import { readDraftInput } from './read-draft-input';

export interface ArticleResult extends Score {
  article: string;
  /** The build's message when the accepted draft did not build, else undefined. */
  buildError?: string;
}

export interface EvaluationOptions {
  corpusDir: string;
  /** Per article, the contacts expected; by default those of the corpus's own annotations. */
  expected?: Record<string, DatedEvent[]>;
}

export async function evaluateCorpus({ corpusDir, expected }: EvaluationOptions): Promise<ArticleResult[]> {
  const annotated = expected ?? (await annotatedEvents(corpusDir));
  const root = await mkdtemp(path.join(tmpdir(), 'draft-eval-'));
  try {
    const bare = path.join(root, 'corpus');
    await cp(corpusDir, bare, { recursive: true });
    await rm(path.join(bare, 'annotations'), { recursive: true, force: true });
    const officials = parse(await readFile(path.join(bare, 'officials.yaml'), 'utf8')) as { id: string; country: string }[];
    const results: ArticleResult[] = [];
    const articles = (await readdir(path.join(bare, 'articles'))).filter((n) => n.endsWith('.txt')).sort();
    for (const name of articles) {
      const id = name.replace(/\.txt$/, '');
      const input = await readDraftInput({ articleFile: path.join(bare, 'articles', name), corpusDir: bare });
      const draft = draftArticle(input);
      const countries = new Map([...officials, ...draft.newOfficials].map((o) => [o.id, o.country]));
      const country = (officialId: string) => countries.get(officialId);
      const proposed: ContactPair[] = contactPairs(draft.events, country);
      const score = scoreContacts(contactPairs(annotated[id] ?? [], country), proposed);
      results.push({ article: id, ...score, ...(await buildsOnceAccepted(corpusDir, id, draftToYaml(draft), root)) });
    }
    return results;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Build a copy of the corpus with this draft, accepted, in place of the article's annotation. */
async function buildsOnceAccepted(corpusDir: string, articleId: string, draftYaml: string, root: string): Promise<{ buildError?: string }> {
  const copy = path.join(root, `accept-${articleId}`);
  await cp(corpusDir, copy, { recursive: true });
  try {
    const { annotation, officials } = acceptDraft(draftYaml, await readFile(path.join(copy, 'officials.yaml'), 'utf8'));
    await rm(path.join(copy, 'annotations', `${articleId}.yaml`), { force: true });
    // A corpus of articles only (the fiction fixtures) has no annotations folder yet.
    await mkdir(path.join(copy, 'annotations'), { recursive: true });
    await writeFile(path.join(copy, 'annotations', `${articleId}.yaml`), annotation);
    await writeFile(path.join(copy, 'officials.yaml'), officials);
    await buildDataset({ corpusDir: copy, outDir: path.join(root, `out-${articleId}`) });
    return {};
  } catch (error) {
    return { buildError: error instanceof CorpusError ? error.message : String(error) };
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

async function annotatedEvents(corpusDir: string): Promise<Record<string, DatedEvent[]>> {
  const dir = path.join(corpusDir, 'annotations');
  const out: Record<string, DatedEvent[]> = {};
  for (const name of (await readdir(dir).catch(() => [] as string[])).filter((n) => /\.ya?ml$/.test(n))) {
    const file = parse(await readFile(path.join(dir, name), 'utf8')) as { article: string; events?: DatedEvent[] | null };
    out[file.article] = file.events ?? [];
  }
  return out;
}

export function formatEvaluation(title: string, results: readonly ArticleResult[]): string {
  const sum = (key: 'annotated' | 'found' | 'proposed') => results.reduce((n, r) => n + r[key], 0);
  const recall = sum('annotated') === 0 ? 1 : sum('found') / sum('annotated');
  const wrong = results.flatMap((r) => r.wrongPairs.map((p) => `${r.article}: ${p}`));
  const lines = [
    `${title}: ${sum('found')} of ${sum('annotated')} annotated contacts proposed with both people and a date containing the annotated one (${Math.round(recall * 100)}%); ${wrong.length} wrong pairs; ${results.filter((r) => !r.buildError).length} of ${results.length} drafts build once accepted`,
  ];
  for (const r of results) {
    lines.push(`  ${r.article}: ${r.found}/${r.annotated} found, ${r.proposed} pairs proposed${r.wrongPairs.length ? `, wrong: ${r.wrongPairs.join(', ')}` : ''}${r.buildError ? `; does not build:\n${r.buildError}` : ''}`);
    for (const m of r.missed) lines.push(`    missed ${m.pair} ${m.first}..${m.last}`);
  }
  return lines.join('\n');
}
