// `npm run corpus:scan -- FILE.txt [--corpus DIR] [--ref YYYY-MM-DD]`: what an article names and dates,
// before annotating it. The reference date for relative dates ("on Monday", "June 19") is the
// publication date from the sibling <id>.json, else --ref, else today.
import { readFile } from 'node:fs/promises';
import { isRealDay } from '../../data/schema';
import { parseCli } from './parse-cli';
import { formatIssue, IssueList } from '../corpus-error';
import { corpusArticleMeta, type CorpusArticleMeta } from '../corpus-schema';
import { formatScan, scanArticle } from '../corpus-scan';
import { decodeArticleText, readGazetteer } from '../read-corpus';

const usage = 'usage: npm run corpus:scan -- FILE.txt [--corpus DIR] [--ref YYYY-MM-DD]';

async function articleMeta(txtFile: string): Promise<CorpusArticleMeta | undefined> {
  const json = await readFile(txtFile.replace(/\.txt$/, '.json'), 'utf8').catch(() => undefined);
  if (json === undefined || !txtFile.endsWith('.txt')) return undefined;
  try {
    return corpusArticleMeta.safeParse(JSON.parse(json)).data;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const parsed = parseCli({ corpus: { type: 'string', default: 'src/corpus' }, ref: { type: 'string' } }, usage);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    console.error(usage);
    return 1;
  }
  const file = positionals[0]!;
  if (values.ref !== undefined && !isRealDay(values.ref)) {
    console.error(`--ref ${values.ref}: expected a real day written YYYY-MM-DD`);
    return 1;
  }
  let text: string;
  try {
    text = decodeArticleText(await readFile(file));
  } catch (error) {
    console.error(`${file}: ${error instanceof TypeError ? 'not valid UTF-8' : error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const issues = new IssueList();
  const gazetteer = await readGazetteer(values.corpus ?? 'src/corpus', issues);
  // A broken gazetteer should not stop a scan: report it and scan with what could be read.
  for (const issue of issues.issues) console.error(`warning: ${formatIssue(issue)}`);
  const meta = await articleMeta(file);
  const published = meta?.publishedAt ?? undefined;
  const reference = published ?? values.ref ?? new Date().toISOString().slice(0, 10);
  const source = published ? 'publication date' : values.ref ? '--ref' : 'today';
  const result = scanArticle(
    text,
    { officials: gazetteer.officials?.data ?? [], organizations: gazetteer.organizations?.data ?? [] },
    new Date(`${reference}T12:00:00Z`),
    meta?.dateOrder,
  );
  console.log(formatScan(result, `${file} (dates relative to ${reference}, the ${source})`));
  return 0;
}

process.exitCode = await main();
