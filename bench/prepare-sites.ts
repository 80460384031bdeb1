// Builds the app once and lays out one copy of `dist` per dataset under bench/out/site-<name>/, whose
// data/ is that dataset: the seed (the build's own data) and synthetic corpora of the requested sizes.
// A synthetic site's data/ is served straight from bench/data/synthetic-<n>/ (a route of the bench's
// server) rather than copied: 50k events are ~16,000 article files.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../src/data/schema';
import { generateSyntheticCorpus } from '../src/pipeline/synthetic/synthetic-corpus';
import { seedCorpusDefaults, writeSyntheticCorpus } from '../src/pipeline/synthetic/synthetic-cli';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');
export const OUT = join(ROOT, 'bench', 'out');
const DATA = join(ROOT, 'bench', 'data');
/** One seed for every benchmark corpus, so that runs on different days measure the same data. */
export const SYNTHETIC_SEED = 2024;

export interface PreparedSite {
  name: string;
  /** Folder name under bench/out. */
  folder: string;
  events: number;
  officials: number;
  /** The official in most events: the filter the benchmark applies. */
  filterQuery: string;
  /** The folder served as this site's data/. */
  dataDir: string;
}

export function buildApp(): void {
  console.log('bench: npm run build');
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
}

export function sizeName(events: number): string {
  return events % 1000 === 0 ? `${events / 1000}k` : String(events);
}

/** The name of the official who takes part in the most events (ties: the smallest id). */
export function mostFrequentOfficial(dataset: Dataset): string {
  const counts = new Map<string, number>();
  for (const e of dataset.events) for (const id of e.officialIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  let best: string | null = null;
  for (const [id, n] of counts) {
    const bestCount = best === null ? -1 : (counts.get(best) as number);
    if (n > bestCount || (n === bestCount && best !== null && id < best)) best = id;
  }
  const official = dataset.officials.find((o) => o.id === best);
  if (!official) throw new Error('the dataset has no official in any event');
  return official.name;
}

function describe(name: string, folder: string, dataDir: string): PreparedSite {
  const dataset = JSON.parse(readFileSync(join(dataDir, 'dataset.json'), 'utf8')) as Dataset;
  return { name, folder, dataDir, events: dataset.events.length, officials: dataset.officials.length, filterQuery: mostFrequentOfficial(dataset) };
}

/** Identifies what a synthetic corpus was made from: the generator's code, the schema, the size, the seed. */
function corpusStamp(events: number): string {
  const hash = createHash('sha256').update(`${events}:${SYNTHETIC_SEED}`);
  const generator = join(ROOT, 'src', 'pipeline', 'synthetic');
  for (const file of readdirSync(generator).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort()) {
    hash.update(readFileSync(join(generator, file)));
  }
  hash.update(readFileSync(join(ROOT, 'src', 'data', 'schema.ts')));
  hash.update(readFileSync(join(ROOT, 'src', 'pipeline', 'search-file.ts')));
  hash.update(readFileSync(join(ROOT, 'src', 'corpus', 'corpus.yaml')));
  return hash.digest('hex');
}

/** Writes the synthetic corpus unless the same generator already wrote it (it is deterministic). */
function ensureCorpus(events: number, dataDir: string): boolean {
  const stampFile = `${dataDir}.stamp`;
  const stamp = corpusStamp(events);
  if (existsSync(join(dataDir, 'dataset.json')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return false;
  writeSyntheticCorpus(generateSyntheticCorpus({ events, seed: SYNTHETIC_SEED, ...seedCorpusDefaults() }), dataDir);
  writeFileSync(stampFile, stamp);
  return true;
}

export function prepareSites(sizes: readonly number[]): PreparedSite[] {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/index.html is missing: run without --skip-build');
  if (!existsSync(join(DIST, 'data', 'dataset.json'))) throw new Error('dist/data/dataset.json is missing: does `npm run dataset` work?');
  mkdirSync(OUT, { recursive: true });
  const sites: PreparedSite[] = [];
  const seedFolder = 'site-seed';
  rmSync(join(OUT, seedFolder), { recursive: true, force: true });
  cpSync(DIST, join(OUT, seedFolder), { recursive: true });
  sites.push(describe('seed', seedFolder, join(OUT, seedFolder, 'data')));
  for (const events of sizes) {
    const name = sizeName(events);
    const dataDir = join(DATA, `synthetic-${events}`);
    const started = performance.now();
    const made = ensureCorpus(events, dataDir);
    const folder = `site-${name}`;
    rmSync(join(OUT, folder), { recursive: true, force: true });
    cpSync(DIST, join(OUT, folder), { recursive: true, filter: (source) => source !== join(DIST, 'data') });
    sites.push(describe(name, folder, dataDir));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`bench: ${name}: ${events} synthetic events ${made ? 'generated' : 'already there'} (${seconds} s)`);
  }
  return sites;
}

/** The sizes of a dataset's search files: search.json and its article-text chunks. */
export function searchFileSizes(dataDir: string): { indexBytes: number; chunkBytes: number; chunks: number } | null {
  if (!existsSync(join(dataDir, 'search.json'))) return null;
  const chunks = readdirSync(dataDir).filter((f) => /^search-articles-\d+\.json$/.test(f));
  return {
    indexBytes: statSync(join(dataDir, 'search.json')).size,
    chunkBytes: chunks.reduce((sum, f) => sum + statSync(join(dataDir, f)).size, 0),
    chunks: chunks.length,
  };
}
