// Turns the runs into medians and the markdown of bench/RESULTS.md. Pure: unit-tested.
import { median, ratio } from './bench-stats';
import type { ExplorerRun, VisRun } from './bench-types';

export interface DatasetSummary {
  name: string;
  events: number;
  officials: number;
  runs: number;
  firstMarkMs: number | null;
  frameMedianMs: number | null;
  frameP95Ms: number | null;
  longTasks: number | null;
  longTaskMs: number | null;
  filterMs: number | null;
  networkSettleMs: number | null;
  heapMB: number | null;
  soakGrowthMB: number | null;
  soakSeconds: number | null;
  visFirstItemMs: number | null;
  visFrameMedianMs: number | null;
  visFrameP95Ms: number | null;
  visLongTasks: number | null;
  /** Set when vis-timeline drew nothing within this many seconds in every run. */
  visNoRenderS: number | null;
  /** Wall time of the ~5 s script: longer when the page is too busy to take input at once. */
  scriptS: number | null;
  visScriptS: number | null;
  /** Median over runs of (vis p95 / ours p95) measured back to back. */
  p95Ratio: number | null;
  medianRatio: number | null;
  problems: string[];
}

export function summarize(name: string, events: number, officials: number, ours: readonly ExplorerRun[], vis: readonly VisRun[]): DatasetSummary {
  const pairs = ours.map((o, i) => [o, vis[i]] as const);
  const problems = new Map<string, number>();
  for (const p of [...ours.flatMap((r) => r.problems), ...vis.flatMap((r) => r.problems.map((m) => `vis-timeline: ${m}`))]) {
    problems.set(p, (problems.get(p) ?? 0) + 1);
  }
  const soaks = ours.map((r) => r.soak);
  return {
    name,
    events,
    officials,
    runs: ours.length,
    firstMarkMs: median(ours.map((r) => r.firstMarkMs)),
    frameMedianMs: median(ours.map((r) => r.frames?.medianMs ?? null)),
    frameP95Ms: median(ours.map((r) => r.frames?.p95Ms ?? null)),
    longTasks: median(ours.map((r) => r.frames?.longTaskCount ?? null)),
    longTaskMs: median(ours.map((r) => r.frames?.longTaskTotalMs ?? null)),
    filterMs: median(ours.map((r) => r.filterMs)),
    networkSettleMs: median(ours.map((r) => r.networkSettleMs)),
    heapMB: median(ours.map((r) => r.heapMB)),
    soakGrowthMB: median(soaks.map((s) => (s ? s.afterMB - s.beforeMB : null))),
    soakSeconds: soaks.find((s) => s !== null)?.seconds ?? null,
    visFirstItemMs: median(vis.map((r) => r.firstItemMs)),
    visFrameMedianMs: median(vis.map((r) => r.frames?.medianMs ?? null)),
    visFrameP95Ms: median(vis.map((r) => r.frames?.p95Ms ?? null)),
    visLongTasks: median(vis.map((r) => r.frames?.longTaskCount ?? null)),
    visNoRenderS: vis.length > 0 && vis.every((r) => r.noRenderWithinS !== null) ? (vis[0]?.noRenderWithinS ?? null) : null,
    scriptS: median(ours.map((r) => (r.frames ? r.frames.durationMs / 1000 : null))),
    visScriptS: median(vis.map((r) => (r.frames ? r.frames.durationMs / 1000 : null))),
    p95Ratio: median(pairs.map(([o, v]) => ratio(v?.frames?.p95Ms ?? null, o.frames?.p95Ms ?? null))),
    medianRatio: median(pairs.map(([o, v]) => ratio(v?.frames?.medianMs ?? null, o.frames?.medianMs ?? null))),
    problems: [...problems].map(([p, n]) => (n > 1 ? `${p} (${n} runs)` : p)),
  };
}

const ms = (v: number | null) => (v === null ? '—' : v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1));
const mb = (v: number | null) => (v === null ? '—' : v.toFixed(1));
const times = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)}×`);
const count = (v: number | null) => (v === null ? '—' : String(Math.round(v)));
const signedMb = (v: number | null) => (v === null ? '—' : `${v >= 0 ? '+' : ''}${v.toFixed(1)}`);

/** The table the README copies. */
export function resultsTable(rows: readonly DatasetSummary[]): string {
  const head = [
    'Dataset', 'Events', 'First mark (ms)', 'Frame median / p95 (ms)', 'Long tasks (n / ms)', 'Filter (ms)',
    'Network settle (ms)', 'Heap (MB)', 'vis-timeline frame median / p95 (ms)', 'p95 ratio (vis / ours)',
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const r of rows) {
    lines.push(
      `| ${[
        r.name,
        r.events.toLocaleString('en-US'),
        ms(r.firstMarkMs),
        `${ms(r.frameMedianMs)} / ${ms(r.frameP95Ms)}`,
        `${count(r.longTasks)} / ${ms(r.longTaskMs)}`,
        ms(r.filterMs),
        ms(r.networkSettleMs),
        mb(r.heapMB),
        r.visNoRenderS !== null ? `nothing drawn in ${r.visNoRenderS} s` : `${ms(r.visFrameMedianMs)} / ${ms(r.visFrameP95Ms)}`,
        r.visNoRenderS !== null ? 'n/a (vis-timeline never drew)' : times(r.p95Ratio),
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

export function detailsTable(rows: readonly DatasetSummary[]): string {
  const head = ['Dataset', 'Officials', 'Runs', 'Heap growth after soak (MB)', 'Script wall time ours / vis (s)', 'vis-timeline first item (ms)', 'vis-timeline long tasks', 'Median ratio (vis / ours)'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const r of rows) {
    lines.push(
      `| ${[r.name, r.officials.toLocaleString('en-US'), String(r.runs), `${signedMb(r.soakGrowthMB)}${r.soakSeconds ? ` (${r.soakSeconds} s)` : ''}`, `${mb(r.scriptS)} / ${mb(r.visScriptS)}`, r.visNoRenderS !== null ? `> ${(r.visNoRenderS * 1000).toLocaleString('en-US')}` : ms(r.visFirstItemMs), count(r.visLongTasks), times(r.medianRatio)].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  chromium: string;
  date: string;
  /** 1-minute load average when measuring started and ended: how much else the machine was doing. */
  loadAverage?: [number, number];
}

export function renderResults(machine: Machine, rows: readonly DatasetSummary[], command: string): string {
  const problems = rows.flatMap((r) => r.problems.map((p) => `- ${r.name}: ${p}`));
  return [
    '# Benchmark results',
    '',
    `Measured by \`${command}\` on ${machine.date}.`,
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB.toFixed(0)} GB; Node ${machine.node}; Chromium ${machine.chromium} (headless, --disable-gpu).` +
      (machine.loadAverage ? ` Load average ${machine.loadAverage[0].toFixed(1)} at the start, ${machine.loadAverage[1].toFixed(1)} at the end.` : ''),
    '',
    resultsTable(rows),
    '',
    detailsTable(rows),
    '',
    '## How it is measured',
    '',
    '- Each dataset is served from a copy of the production build (`dist`) whose `data/` is that dataset; the seed is the build\'s own data; 1k/10k/50k are `npm run dataset:synthetic` corpora (seed 2024). Every run is a fresh browser context (cold cache), viewport 1280×800.',
    '- **First mark**: from navigation start to the first frame in which an element with `data-event-id` or `data-cluster-count` is visible (checked in each requestAnimationFrame callback).',
    '- **Frames**: requestAnimationFrame deltas during a fixed script of wheel zooms at fixed points and drag pans (about 5 s, `bench/zoom-sequence.ts`), median and p95 per run; long tasks from a `longtask` PerformanceObserver over the same interval. A 60 fps frame is 16.7 ms; deltas come in multiples of it.',
    '- **Filter**: the most frequent official\'s name is typed into the "Filter by official" combobox after "Reset zoom"; time from the Enter keydown to the first frame after the timeline\'s set of `data-event-id` / `data-cluster-count` elements changes.',
    '- **Network settle**: from navigation start to the network section reporting `data-layout-state="ready"` (or, without that attribute, having `data-official-id` elements and no "Laying out…").',
    '- **Heap**: used JS heap after a forced GC (CDP) after the sequence. **Heap growth**: the same after zooming in and out repeatedly for the soak time (`--soak` for a full minute).',
    '- **vis-timeline**: the same events (`{id, content: title, start, end}`) in vis-timeline 8 with default options, 420 px high, window 2018–2024, same script, same frame measurement. The ratio is taken per run (both measured back to back) and the median of the ratios is reported. When vis-timeline draws nothing within the timeout, nothing else of it can be measured and its later runs on that dataset are skipped.',
    '- **Script wall time**: Playwright waits for the page to take each input, so a busy page stretches the ~5 s script (it is cut off after 60 s for the explorer and vis-timeline alike).',
    `- Figures are medians of ${rows[0]?.runs ?? 0} run(s). The machine is shared and noisy: trust the ratios more than the absolute times.`,
    '- Flags: `--runs N` (default 5), `--quick` (1 run), `--sizes 1000,10000`, `--soak` (a full minute of zooming for the memory check), `--skip-build`, `--skip-vis`, `--vis-timeout S` (default 180: how long vis-timeline may take to draw its first item), `--out FILE`.',
    '',
    '## Problems seen',
    '',
    problems.length > 0 ? problems.join('\n') : 'None.',
    '',
  ].join('\n');
}
