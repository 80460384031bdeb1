// `npm run corpus:add -- FILE.txt --title … --source … [--published YYYY-MM-DD] [--url …] [--month-first] [--corpus DIR]`:
// the article into the corpus under a new id, its metadata, the scan, a draft annotation, and what to do next.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isRealDay } from '../../data/schema';
import { parseCli } from './parse-cli';
import { IssueList } from '../corpus-error';
import { formatScan, scanArticle } from '../corpus-scan';
import { readGazetteer } from '../read-corpus';
import { addArticle } from '../draft/add-article';
import { draftArticle } from '../draft/draft-article';
import { draftToYaml } from '../draft/draft-yaml';
import { readDraftInput } from '../draft/read-draft-input';

const usage =
  'usage: npm run corpus:add -- FILE.txt --title TITLE --source OUTLET [--published YYYY-MM-DD] [--url URL] [--month-first] [--corpus DIR]\n' +
  '  --month-first: the outlet writes slash dates month first (07/05/2020 = July 5); by default they are read day first';

async function main(): Promise<number> {
  const parsed = parseCli(
    {
      title: { type: 'string' },
      source: { type: 'string' },
      published: { type: 'string' },
      url: { type: 'string' },
      'month-first': { type: 'boolean', default: false },
      corpus: { type: 'string', default: 'src/corpus' },
    },
    usage,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const problems = [
    positionals.length !== 1 ? 'give exactly one article file' : '',
    values.title?.trim() ? '' : '--title is required',
    values.source?.trim() ? '' : '--source is required (the outlet)',
    values.published !== undefined && !isRealDay(values.published) ? `--published ${values.published}: expected a real day written YYYY-MM-DD` : '',
    values.url !== undefined && !/^https?:\/\/\S+$/.test(values.url) ? `--url ${values.url}: expected an http(s) address` : '',
  ].filter((p) => p !== '');
  if (problems.length > 0) {
    console.error(`${problems.join('\n')}\n${usage}`);
    return 1;
  }
  const corpusDir = values.corpus ?? 'src/corpus';
  try {
    const added = await addArticle({
      file: positionals[0]!,
      corpusDir,
      title: values.title!.trim(),
      source: values.source!.trim(),
      ...(values.published ? { published: values.published } : {}),
      ...(values.url ? { url: values.url } : {}),
      ...(values['month-first'] ? { order: 'month-first' as const } : {}),
    });
    const input = await readDraftInput({ articleFile: added.textFile, corpusDir });
    const issues = new IssueList();
    const gazetteer = await readGazetteer(corpusDir, issues);
    const scan = scanArticle(input.text, { officials: gazetteer.officials?.data ?? [], organizations: gazetteer.organizations?.data ?? [] }, new Date(`${input.publishedAt ?? new Date().toISOString().slice(0, 10)}T12:00:00Z`));
    console.log(formatScan(scan, `${added.textFile} (added as ${added.id})`));
    const draft = draftArticle(input);
    const draftFile = path.join(corpusDir, 'annotations', `${added.id}.yaml`);
    await writeFile(draftFile, draftToYaml(draft), { flag: 'wx' });
    console.log(nextSteps(added, draftFile, draft.events.length, draft.newOfficials.length + draft.newAliases.length, corpusDir));
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

function nextSteps(added: { id: string; metaFile: string }, draftFile: string, events: number, people: number, corpusDir: string): string {
  return [
    '',
    `Added ${added.id}. Next:`,
    `  1. Check ${added.metaFile}: the title, the outlet, the publication date (and the passage that prints it, or a note saying where it comes from), the address.`,
    `  2. Review ${draftFile} (${events} events drafted): for each event, are the participants people who took part? Is the date as precise as the`,
    '     article (and no more)? Is the place right? Does each quote support what its tags say? Rewrite each summary in your own words.',
    people > 0
      ? `  3. Move each of newOfficials (${people} with newAliases) into officials.yaml without its "quote" line (add a nativeName if you know it), and each alias of newAliases to its official.`
      : '  3. (No new officials to move.)',
    '  4. Delete the "status: draft" line, then run npm run dataset (or keep npm run dev open: it rebuilds on every save).',
    `  5. Run npm run corpus:layout${corpusDir === 'src/corpus' ? '' : ` -- --corpus ${corpusDir}`} and commit ${path.join(corpusDir, 'network-layout.json')} with the article: the network then keeps its picture, the new people placed beside those they met.`,
  ].join('\n');
}

process.exitCode = await main();
