// The tests read the facts they check (ids, names, dates, evidence) from the dataset the build
// served, instead of hard-coding them, so that they keep holding when the corpus grows.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFile, dataset as datasetSchema, type ArticleFile, type Dataset, type DefenceEvent, type Official } from '../../src/data/schema';
import { buildDatasetIndex, eventEndDay, type DatasetIndex } from '../../src/data/dataset-index';
import { dayToMs } from '../../src/lib/dates';

const ROOT = join(import.meta.dirname, '..', '..');

/** The folder the preview server serves data from: the build's copy, else the dataset step's output. */
function dataDir(): string {
  for (const dir of [join(ROOT, 'dist', 'data'), join(ROOT, 'public', 'data')]) {
    if (existsSync(join(dir, 'dataset.json'))) return dir;
  }
  throw new Error('No dataset.json in dist/data or public/data: run `npm run build` first.');
}

let cached: DatasetIndex | undefined;

export function seed(): DatasetIndex {
  cached ??= buildDatasetIndex(datasetSchema.parse(JSON.parse(readFileSync(join(dataDir(), 'dataset.json'), 'utf8'))));
  return cached;
}

export function seedDataset(): Dataset {
  return seed().dataset;
}

export function seedArticle(articleId: string): ArticleFile {
  return articleFile.parse(JSON.parse(readFileSync(join(dataDir(), 'articles', `${articleId}.json`), 'utf8')));
}

export function officialByName(name: string): Official {
  const found = seedDataset().officials.find((o) => o.name === name);
  if (!found) throw new Error(`The seed dataset has no official named ${name}`);
  return found;
}

/** Events (date order) of any of the officials. */
export function eventsOf(...officialIds: string[]): DefenceEvent[] {
  return seed().eventsByDate.filter((e) => e.officialIds.some((id) => officialIds.includes(id)));
}

/** Events (date order) that overlap the window [from, to], both YYYY-MM-DD days, inclusive. */
export function eventsIn(from: string, to: string): DefenceEvent[] {
  const [f, t] = [dayToMs(from), dayToMs(to)];
  return seed().eventsByDate.filter((e) => dayToMs(e.date) <= t && eventEndDay(e) >= f);
}

/** The evidence passages of an event in one of its articles, as text. */
export function evidenceTexts(event: DefenceEvent, article: ArticleFile): string[] {
  const source = event.sources.find((s) => s.articleId === article.id);
  return (source?.evidence ?? []).map((span) => article.text.slice(span.start, span.end));
}

/** An event with at least two officials, preferring one whose officials include both countries. */
export function eventWithTie(): DefenceEvent {
  const index = seed();
  const withTwo = index.eventsByDate.filter((e) => e.officialIds.length >= 2);
  const mixed = withTwo.find((e) => new Set(e.officialIds.map((id) => index.officialById.get(id)?.country)).size === 2);
  const found = mixed ?? withTwo[0];
  if (!found) throw new Error('The seed dataset has no event with two officials');
  return found;
}
