// `npm run bench:pages [-- --events 50000]`: what the pages step costs at scale. Builds a synthetic
// corpus of that size (cached in bench/data/pages-<n>), copies the built app (dist/, without its
// data and pages) to bench/out/pages-<n>/, writes every event and official page and the preview
// cards there, and prints the time and the size on disk. Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seedCorpusDefaults, writeSyntheticCorpus } from '../src/pipeline/synthetic/synthetic-cli';
import { generateSyntheticCorpus } from '../src/pipeline/synthetic/synthetic-corpus';
import { CARD_LIMIT } from '../src/pipeline/pages/card-plan';
import { writePages } from '../src/pipeline/pages/write-pages';

const ROOT = join(import.meta.dirname, '..');
const SEED = 2024;

function diskKb(path: string): number {
  return existsSync(path) ? Number(execFileSync('du', ['-sk', path], { encoding: 'utf8' }).split('\t')[0]) : 0;
}

function fileCount(path: string): number {
  if (!existsSync(path)) return 0;
  let n = 0;
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) if (entry.isFile()) n++;
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { events: { type: 'string', default: '50000' }, 'card-limit': { type: 'string' } } });
  const events = Number(values.events);
  const cardLimit = values['card-limit'] === undefined ? CARD_LIMIT : Number(values['card-limit']);
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/index.html is missing: run `npm run build` first.');

  const dataDir = join(ROOT, 'bench', 'data', `pages-${events}`);
  if (!existsSync(join(dataDir, 'dataset.json'))) {
    const t = performance.now();
    writeSyntheticCorpus(generateSyntheticCorpus({ events, seed: SEED, ...seedCorpusDefaults() }), dataDir);
    console.log(`bench:pages: ${events} synthetic events generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const site = join(ROOT, 'bench', 'out', `pages-${events}`);
  rmSync(site, { recursive: true, force: true });
  const skip = new Set(['data', 'events', 'officials', 'cards', 'sitemap.xml'].map((name) => join(dist, name)));
  cpSync(dist, site, { recursive: true, filter: (source) => !skip.has(source) });

  const started = performance.now();
  const report = await writePages({ dist: site, dataDir, siteUrl: 'https://example.org/explorer/', cardLimit });
  const totalMs = performance.now() - started;

  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  const rows = [
    ['events', String(report.eventPages)],
    ['officials', String(report.officialPages)],
    ['pages step, total', `${(totalMs / 1000).toFixed(1)} s`],
    ['pages (render + write)', `${(report.ms.pages / 1000).toFixed(1)} s (${((report.ms.pages / (report.eventPages + report.officialPages)) * 1000).toFixed(0)} µs a page)`],
    ['preview cards', `${report.cards} in ${(report.ms.cards / 1000).toFixed(1)} s (${(report.ms.cards / Math.max(1, report.cards)).toFixed(0)} ms a card)`],
    ['event pages', `${fileCount(join(site, 'events'))} files, ${mb(report.pageBytes)} MB written, ${(diskKb(join(site, 'events')) / 1024).toFixed(0)} MiB on disk`],
    ['official pages on disk', `${(diskKb(join(site, 'officials')) / 1024).toFixed(1)} MiB`],
    ['cards', `${mb(report.cardBytes)} MB written, ${(diskKb(join(site, 'cards')) / 1024).toFixed(1)} MiB on disk`],
    ['sitemap files', String(readdirSync(site).filter((f) => f.startsWith('sitemap')).length)],
  ];
  console.log(`\n| pages at ${events} events | |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}`);
}

await main();
