// npm run bench [-- --runs N | --quick] [--sizes 1000,10000] [--soak] [--skip-build] [--skip-vis | --vis-sizes 1000,10000] [--no-idle-wait] [--vis-timeout S] [--search-only]
// Builds the app, serves it with the seed and synthetic datasets, measures it in Chromium next to
// vis-timeline on the same events (default options and clustered, see bench/vis/vis-bench.js), and
// writes bench/RESULTS.md. See RESULTS.md for the method.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { measuresVis, parseBenchArgs } from './bench-args';
import { VIS_CONFIGS, type DatasetInfo, type ExplorerRun, type VisConfig, type VisRun } from './bench-types';
import { launchChromium } from './browser-helpers';
import { measureExplorerRun } from './measure-explorer';
import { measureFloorRun } from './measure-floor';
import { measureSearchRun } from './measure-search';
import { measureVisRun } from './measure-vis';
import { buildApp, OUT, prepareSites, ROOT, searchFileSizes } from './prepare-sites';
import { renderResults, resultsTable, summarize, type DatasetSummary } from './results-table';
import { renderSearchSection, type SearchSummary } from './search-results';
import { startStaticServer } from './static-server';

const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toFixed(1));

/** The comparison page for one dataset in one vis-timeline configuration (bench/vis/vis-bench.js). */
const visPageUrl = (origin: string, datasetUrl: string, config: VisConfig) =>
  `${origin}/vis/vis-bench.html?data=${encodeURIComponent(datasetUrl)}&config=${config}`;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseBenchArgs(argv);
  if (!options.skipBuild) buildApp();
  const sites = prepareSites(options.sizes);
  const server = await startStaticServer([
    // A synthetic site's data/ is its corpus folder; everything else is the copied build.
    ...sites.map((site) => ({ prefix: `/sites/${site.folder}/data/`, dir: site.dataDir })),
    { prefix: '/sites/', dir: OUT },
    { prefix: '/vis/', dir: join(ROOT, 'bench', 'vis') },
    { prefix: '/floor/', dir: join(ROOT, 'bench', 'floor') },
    { prefix: '/node_modules/vis-timeline/', dir: join(ROOT, 'node_modules', 'vis-timeline') },
  ]);
  const browser = await launchChromium();
  const loadAtStart = loadavg()[0] as number;
  const summaries: DatasetSummary[] = [];
  const searchSummaries: SearchSummary[] = [];
  const raw: Record<string, { ours: ExplorerRun[]; vis: Record<VisConfig, VisRun[]>; floor: (number | null)[]; inputFloor: (number | null)[] }> = {};
  try {
    for (const site of sites) {
      const info: DatasetInfo = {
        name: site.name,
        events: site.events,
        officials: site.officials,
        siteUrl: `${server.origin}/sites/${site.folder}/`,
        datasetUrl: `/sites/${site.folder}/data/dataset.json`,
        filterQuery: site.filterQuery,
      };
      const ours: ExplorerRun[] = [];
      const floor: (number | null)[] = [];
      const inputFloor: (number | null)[] = [];
      const vis: Record<VisConfig, VisRun[]> = { default: [], clustered: [] };
      for (let run = 1; run <= (options.searchOnly ? 0 : options.runs); run++) {
        // The floor pages just before ours, so that both meet the same machine.
        const f = await measureFloorRun(browser, server.origin);
        floor.push(f.firstMarkMs);
        inputFloor.push(f.mainThreadMs);
        const o = await measureExplorerRun(browser, info, options.soakSeconds, options.idleWait);
        o.problems.push(...f.problems);
        ours.push(o);
        console.log(
          `bench: ${site.name} run ${run}: first mark ${fmt(o.firstMarkMs)} ms (floor ${fmt(f.firstMarkMs)} ms), main thread ${fmt(o.mainThreadMs)} ms (floor ${fmt(f.mainThreadMs)} ms), ` +
            `node drag p95 ${fmt(o.nodeDrag?.p95Ms)} ms / ${o.nodeDrag?.longTaskCount ?? '—'} long tasks, frames ${fmt(o.frames?.medianMs)}/${fmt(o.frames?.p95Ms)} ms, ` +
            `long tasks ${o.frames?.longTaskCount ?? '—'}, filter ${fmt(o.filterMs)} ms, network ${fmt(o.networkSettleMs)} ms, heap ${fmt(o.heapMB)} MB` +
            (o.soak ? ` (${fmt(o.soak.afterMB - o.soak.beforeMB)} MB after ${o.soak.seconds} s soak)` : '') +
            (o.problems.length ? `\n  problems: ${o.problems.join('; ')}` : ''),
        );
        // Every configuration right after our run, so that each ratio compares runs under the same load.
        for (const config of measuresVis(options, site.events, site.name === 'seed') ? VIS_CONFIGS : []) {
          const runs = vis[config];
          const gaveUp = runs.find((r) => r.noRenderWithinS !== null);
          if (gaveUp) {
            // Waiting minutes again for a page that never drew teaches nothing: record it and move on.
            runs.push({ config, firstItemMs: null, noRenderWithinS: gaveUp.noRenderWithinS, frames: null, mainThreadMs: null, heapMB: null, problems: [] });
            console.log(`bench: ${site.name} run ${run}: vis-timeline ${config} skipped (drew nothing within ${gaveUp.noRenderWithinS} s in an earlier run)`);
            continue;
          }
          const v: VisRun = { config, ...(await measureVisRun(browser, visPageUrl(server.origin, info.datasetUrl, config), options.visTimeoutS * 1000, options.idleWait)) };
          runs.push(v);
          console.log(
            `bench: ${site.name} run ${run}: vis-timeline ${config}: first item ${fmt(v.firstItemMs)} ms, main thread ${fmt(v.mainThreadMs)} ms, frames ${fmt(v.frames?.medianMs)}/${fmt(v.frames?.p95Ms)} ms, ` +
              `long tasks ${v.frames?.longTaskCount ?? '—'} / ${fmt(v.frames?.longTaskTotalMs)} ms, script ${fmt(v.frames ? v.frames.durationMs / 1000 : null)} s` +
              (v.problems.length ? `\n  problems: ${v.problems.join('; ')}` : ''),
          );
        }
      }
      const searchRuns = [];
      for (let run = 1; run <= options.runs; run++) {
        const s = await measureSearchRun(browser, info.siteUrl, site.filterQuery);
        searchRuns.push(s);
        console.log(
          `bench: ${site.name} run ${run}: search "${s.query}": first results ${fmt(s.firstMs)} ms, all text ${fmt(s.allTextMs)} ms, worker heap ${fmt(s.workerHeapMB)} MB, later keys ${s.nextMs.map((v) => v.toFixed(0)).join(', ')} ms, ${s.matches ?? '—'} matches` +
            (s.problems.length ? `\n  problems: ${s.problems.join('; ')}` : ''),
        );
      }
      searchSummaries.push({ name: site.name, events: site.events, runs: searchRuns, files: searchFileSizes(site.dataDir) });
      raw[site.name] = { ours, vis, floor, inputFloor };
      if (!options.searchOnly) summaries.push(summarize(site.name, site.events, site.officials, ours, vis, floor, inputFloor));
    }
    const machine = {
      cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
      cores: cpus().length,
      memoryGB: totalmem() / 1e9,
      node: process.version,
      chromium: browser.version(),
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      loadAverage: [loadAtStart, loadavg()[0] as number] as [number, number],
    };
    const command = `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`;
    writeFileSync(resolve(ROOT, options.out), (options.searchOnly ? `# Search benchmark\n\n${command} on ${machine.cpu} (${machine.cores} cores), load ${machine.loadAverage.map((l) => l.toFixed(1)).join(' → ')}\n` : renderResults(machine, summaries, command)) + renderSearchSection(searchSummaries));
    writeFileSync(join(OUT, 'results.json'), JSON.stringify({ machine, options, raw }, null, 2));
    console.log(`\n${resultsTable(summaries)}\n\nbench: wrote ${options.out} (raw runs in bench/out/results.json)`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
