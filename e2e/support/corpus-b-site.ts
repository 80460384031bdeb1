// The second corpus (two fictional countries over 1995–2001, src/pipeline/fixtures/corpus-b) served as
// a real site: a copy of the production build under dist/corpus-b/ whose data/ the pipeline builds
// from the fixture and whose pages `npm run pages` writes (without preview cards). The preview server
// serves it at /corpus-b/ beside the seed's site; the relative base makes a sub-path work.
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDataset } from '../../src/pipeline/build-dataset';
import { writePages } from '../../src/pipeline/pages/write-pages';
import { articleFile, dataset as datasetSchema, type ArticleFile, type Dataset } from '../../src/data/schema';
import { buildDatasetIndex, type DatasetIndex } from '../../src/data/dataset-index';
import { readFileSync } from 'node:fs';
import { SUB_PATH } from './sub-path-site';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
export const CORPUS_B_DIR = join(ROOT, 'src', 'pipeline', 'fixtures', 'corpus-b');
const SITE = join(DIST, 'corpus-b');
/** What the build wrote for the seed's data (and the sub-path build), not copied: the copy gets its own. */
const SEED_ONLY = new Set(['data', 'events', 'officials', 'cards', 'corpus-b', 'sitemap.xml', SUB_PATH]);

export async function prepareCorpusBSite(): Promise<void> {
  await rm(SITE, { recursive: true, force: true });
  await mkdir(SITE, { recursive: true });
  for (const entry of await readdir(DIST)) {
    if (!SEED_ONLY.has(entry) && !entry.startsWith('sitemap')) await cp(join(DIST, entry), join(SITE, entry), { recursive: true });
  }
  await buildDataset({ corpusDir: CORPUS_B_DIR, outDir: join(SITE, 'data') });
  await writePages({ dist: SITE, siteUrl: null, skipCards: true });
}

let cached: DatasetIndex | undefined;

/** The second corpus's dataset as the site serves it. */
export function corpusB(): DatasetIndex {
  cached ??= buildDatasetIndex(datasetSchema.parse(JSON.parse(readFileSync(join(SITE, 'data', 'dataset.json'), 'utf8'))) as Dataset);
  return cached;
}

export function corpusBArticle(articleId: string): ArticleFile {
  return articleFile.parse(JSON.parse(readFileSync(join(SITE, 'data', 'articles', `${articleId}.json`), 'utf8')));
}
