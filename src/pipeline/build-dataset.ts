// The dataset build: read the corpus, check it, assemble the dataset, validate it with the app's own
// schema and swap it into the output folder. Any problem throws a CorpusError listing all problems
// found, and leaves the previous output untouched.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleFile, dataset as datasetSchema, eventDates, networkLayout } from '../data/schema';
import { encodeEventDates } from '../data/event-dates';
import { searchFileEntries } from './search-file';
import { CorpusError, IssueList } from './corpus-error';
import { assembleDataset, type AssembledDataset } from './assemble-dataset';
import { checkPartyColours, themeBackgrounds } from './party-colours';
import { checkProvenance } from './provenance-rules';
import { NETWORK_LAYOUT_FILE, readCorpus, type CommittedLayout } from './read-corpus';
import { layoutNetwork } from './network-layout';
import { formatPath } from './yaml-source';
import { writeFolderAtomically } from './write-output';

/** The app's theme, whose backgrounds every party colour must stand out from. */
const THEME_CSS = fileURLToPath(new URL('../app/theme.css', import.meta.url));

export interface BuildOptions {
  corpusDir: string;
  outDir: string;
}

export interface BuildSummary {
  articles: number;
  events: number;
  officials: number;
  organizations: number;
  mentions: number;
  outDir: string;
  /** Things the curator should fix that do not stop the build (a layout file that is out of date). */
  warnings: string[];
}

/** Check and assemble a corpus in memory; throws CorpusError. */
export async function assembleCorpus(corpusDir: string): Promise<AssembledDataset & { layout?: CommittedLayout }> {
  const issues = new IssueList();
  const raw = await readCorpus(corpusDir, issues);
  // Cross-references are checked even when some articles or annotation files failed, so one run
  // reports as much as it can (only a broken gazetteer stops before them).
  const assembled = raw ? assembleDataset(raw, issues) : undefined;
  if (raw) checkPartyColours(raw.corpus.data, raw.corpus.yaml, themeBackgrounds(await readFile(THEME_CSS, 'utf8')), issues);
  // What the corpus claims must be what its articles say (src/pipeline/provenance-rules).
  if (raw) for (const issue of checkProvenance(raw)) issues.add(issue.file, issue.message, issue.line);
  issues.throwIfAny();
  if (!assembled) throw new CorpusError([{ file: corpusDir, message: 'corpus could not be read' }]);
  validateOutput(assembled);
  return raw?.layout ? { ...assembled, layout: raw.layout } : assembled;
}

export async function buildDataset({ corpusDir, outDir }: BuildOptions): Promise<BuildSummary> {
  const assembled = await assembleCorpus(corpusDir);
  const layout = layoutNetwork(assembled.dataset, assembled.layout?.positions);
  const warnings: string[] = [];
  if (layout.added > 0) {
    warnings.push(
      assembled.layout
        ? `${assembled.layout.file} does not place ${layout.added} of the network's ${layout.added + layout.kept} nodes: the build placed them beside their neighbours. Run npm run corpus:layout and commit ${assembled.layout.file}, so that the next article starts from this picture.`
        : `the corpus has no ${NETWORK_LAYOUT_FILE}: the build laid the network out afresh. Run npm run corpus:layout and commit the file it writes, so that adding an article keeps the picture in place.`,
    );
  }
  const files = new Map<string, string>();
  files.set('network-layout.json', `${JSON.stringify(networkLayout.parse({ schemaVersion: 1, positions: layout.positions }))}\n`);
  files.set('dataset.json', `${JSON.stringify(assembled.dataset)}\n`);
  files.set('event-dates.json', `${JSON.stringify(eventDates.parse(encodeEventDates(assembled.dataset)))}\n`);
  for (const file of assembled.articleFiles) files.set(path.join('articles', `${file.id}.json`), `${JSON.stringify(file)}\n`);
  for (const [name, text] of searchFileEntries(assembled.dataset, assembled.articleFiles)) files.set(name, `${text}\n`);
  await writeFolderAtomically(outDir, files);
  return {
    articles: assembled.dataset.articles.length,
    events: assembled.dataset.events.length,
    officials: assembled.dataset.officials.length,
    organizations: assembled.dataset.organizations.length,
    mentions: assembled.articleFiles.reduce((sum, f) => sum + f.mentions.length, 0),
    outDir,
    warnings,
  };
}

/** The app validates what it loads with the same schema: check here so a bad build never ships. */
function validateOutput({ dataset, articleFiles }: AssembledDataset): void {
  const issues = new IssueList();
  const result = datasetSchema.safeParse(dataset);
  if (!result.success) {
    for (const issue of result.error.issues) issues.add('dataset.json', `output does not match the dataset schema: ${formatPath(issue.path)}${issue.message}`);
  }
  for (const file of articleFiles) {
    const checked = articleFile.safeParse(file);
    if (!checked.success) {
      for (const issue of checked.error.issues) issues.add(`articles/${file.id}.json`, `output does not match the article schema: ${formatPath(issue.path)}${issue.message}`);
    }
  }
  issues.throwIfAny();
}
