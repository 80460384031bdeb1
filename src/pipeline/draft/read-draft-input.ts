// Everything corpus:draft reads for one article: its text and metadata, the corpus's gazetteer, its
// parties (corpus.yaml) and the event ids already taken.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { formatIssue, IssueList } from '../corpus-error';
import { corpusArticleMeta } from '../corpus-schema';
import { decodeArticleText, readGazetteer } from '../read-corpus';
import type { DraftInput } from './draft-article';
import { partiesOf, type Party } from './parties';

export interface DraftFiles {
  articleFile: string;
  corpusDir: string;
}

/** Throws an Error whose message says what is missing or broken. */
export async function readDraftInput({ articleFile, corpusDir }: DraftFiles): Promise<DraftInput> {
  if (!articleFile.endsWith('.txt')) throw new Error(`${articleFile}: expected an article .txt file`);
  const text = decodeArticleText(await readFile(articleFile));
  const metaFile = articleFile.replace(/\.txt$/, '.json');
  const metaText = await readFile(metaFile, 'utf8').catch(() => undefined);
  if (metaText === undefined) throw new Error(`${metaFile}: the article's metadata is missing (npm run corpus:add writes it)`);
  const meta = corpusArticleMeta.safeParse(JSON.parse(metaText));
  if (!meta.success) throw new Error(`${metaFile}: invalid metadata: ${meta.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const issues = new IssueList();
  const gazetteer = await readGazetteer(corpusDir, issues);
  if (!gazetteer.officials || !gazetteer.organizations) throw new Error(issues.issues.map(formatIssue).join('\n'));
  const officials = gazetteer.officials.data;
  return {
    articleId: path.basename(articleFile, '.txt'),
    text,
    publishedAt: meta.data.publishedAt,
    officials,
    organizations: gazetteer.organizations.data,
    parties: partiesOf(await readParties(corpusDir), officials.map((o) => o.country)),
    takenEventIds: await eventIds(path.join(corpusDir, 'annotations')),
    ...(meta.data.dateOrder ? { dateOrder: meta.data.dateOrder } : {}),
    ...(meta.data.outsideYear ? { outsideYear: meta.data.outsideYear } : {}),
    ...(meta.data.publishedAtQuote ? { publishedAtQuote: meta.data.publishedAtQuote } : {}),
  };
}

async function readParties(corpusDir: string): Promise<Party[] | undefined> {
  const source = await readFile(path.join(corpusDir, 'corpus.yaml'), 'utf8').catch(() => undefined);
  if (source === undefined) return undefined;
  const value = parse(source) as { parties?: { code?: unknown; name?: unknown; adjective?: unknown }[] } | null;
  return value?.parties
    ?.filter((p) => typeof p.code === 'string' && typeof p.name === 'string')
    .map((p) => ({ code: p.code as string, name: p.name as string, ...(typeof p.adjective === 'string' ? { adjective: p.adjective } : {}) }));
}

async function eventIds(dir: string): Promise<Set<string>> {
  const ids = new Set<string>();
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((n) => /\.ya?ml$/.test(n))) {
    const source = await readFile(path.join(dir, name), 'utf8');
    for (const match of source.matchAll(/^\s*-\s*id:\s*(\S+)/gm)) ids.add(match[1]!.replace(/^["']|["']$/g, ''));
  }
  return ids;
}
