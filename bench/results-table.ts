// Turns the runs into medians and the markdown of bench/RESULTS.md. Pure: unit-tested.
import { median, ratio } from './bench-stats';
import { VIS_CONFIGS, type ExplorerRun, type FrameSample, type VisConfig, type VisRun } from './bench-types';

/** Medians over runs of what the zoom-and-pan script measured (ours and vis-timeline's alike). */
export interface FrameMedians {
  frameMedianMs: number | null;
  frameP95Ms: number | null;
  longTasks: number | null;
  longTaskMs: number | null;
  /** Wall time of the ~5 s script: longer when the page is too busy to take input at once. */
  scriptS: number | null;
}

function frameMedians(samples: readonly (FrameSample | null)[]): FrameMedians {
  return {
    frameMedianMs: median(samples.map((f) => f?.medianMs ?? null)),
    frameP95Ms: median(samples.map((f) => f?.p95Ms ?? null)),
    longTasks: median(samples.map((f) => f?.longTaskCount ?? null)),
    longTaskMs: median(samples.map((f) => f?.longTaskTotalMs ?? null)),
    scriptS: median(samples.map((f) => (f ? f.durationMs / 1000 : null))),
  };
}

/** Medians over the runs of one vis-timeline configuration. */
export interface VisSummary extends FrameMedians {
  runs: number;
  /** Main-thread busy time over the 20-notch wheel sequence. */
  mainThreadMs: number | null;
  firstItemMs: number | null;
  /** Set when this configuration drew nothing within this many seconds in every run. */
  noRenderS: number | null;
  /** Runs in which it drew nothing within the timeout (including runs skipped after such a miss). */
  noRenderRuns: number;
}

export interface DatasetSummary extends FrameMedians {
  name: string;
  events: number;
  officials: number;
  runs: number;
  firstMarkMs: number | null;
  /** First mark of the static one-mark page, measured just before each of our runs. */
  floorFirstMarkMs: number | null;
  /** Main-thread busy time over the 20-notch wheel sequence. */
  mainThreadMs: number | null;
  /** The same for the page that redraws one mark on a canvas (bench/floor/wheel.html), just before each of our runs. */
  floorMainThreadMs: number | null;
  /** Median over runs of (the lowest vis main-thread time of that run / ours). */
  mainThreadRatio: number | null;
  nodeDragP95Ms: number | null;
  nodeDragLongTasks: number | null;
  filterMs: number | null;
  networkSettleMs: number | null;
  heapMB: number | null;
  soakGrowthMB: number | null;
  soakSeconds: number | null;
  vis: Record<VisConfig, VisSummary>;
  /** Median over runs of (the lowest vis p95 of that run / our p95 of that run), measured back to back. */
  p95Ratio: number | null;
  /** That ratio in each run, in run order (null where a side has no frames). */
  p95RatioRuns: (number | null)[];
  /** The same with frame medians. */
  medianRatio: number | null;
  /** The configuration(s) with the lowest p95 in the most runs (several on a tie; none when none drew). */
  fastestVis: VisConfig[];
  problems: string[];
}

function summarizeVis(runs: readonly VisRun[]): VisSummary {
  const noRender = runs.filter((r) => r.noRenderWithinS !== null);
  return {
    runs: runs.length,
    mainThreadMs: median(runs.map((r) => r.mainThreadMs)),
    firstItemMs: median(runs.map((r) => r.firstItemMs)),
    ...frameMedians(runs.map((r) => r.frames)),
    noRenderS: runs.length > 0 && noRender.length === runs.length ? (runs[0]?.noRenderWithinS ?? null) : null,
    noRenderRuns: noRender.length,
  };
}

/** Run i's lowest value of `pick` among the configurations that produced frames, and which had it. */
function fastestInRun(vis: Record<VisConfig, readonly VisRun[]>, i: number, pick: (f: FrameSample) => number): { value: number; configs: VisConfig[] } | null {
  const drawn = VIS_CONFIGS.flatMap((config) => {
    const f = vis[config][i]?.frames;
    return f && Number.isFinite(pick(f)) ? [{ config, value: pick(f) }] : [];
  });
  if (drawn.length === 0) return null;
  const value = Math.min(...drawn.map((d) => d.value));
  return { value, configs: drawn.filter((d) => d.value === value).map((d) => d.config) };
}

/** Run i's lowest main-thread time among the vis-timeline configurations that measured one. */
function lowestVisMainThread(vis: Record<VisConfig, readonly VisRun[]>, i: number): number | null {
  const values = VIS_CONFIGS.map((c) => vis[c][i]?.mainThreadMs).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return values.length > 0 ? Math.min(...values) : null;
}

export function summarize(
  name: string,
  events: number,
  officials: number,
  ours: readonly ExplorerRun[],
  vis: Record<VisConfig, readonly VisRun[]>,
  floor: readonly (number | null)[] = [],
  inputFloor: readonly (number | null)[] = [],
): DatasetSummary {
  const problems = new Map<string, number>();
  const visProblems = VIS_CONFIGS.flatMap((c) => vis[c].flatMap((r) => r.problems.map((m) => `vis-timeline ${c}: ${m}`)));
  for (const p of [...ours.flatMap((r) => r.problems), ...visProblems]) problems.set(p, (problems.get(p) ?? 0) + 1);
  // Against whichever configuration was faster in each run: the comparison cannot flatter us by
  // picking the configuration that happened to struggle that time.
  const wins = new Map<VisConfig, number>();
  const p95Ratios = ours.map((o, i) => {
    const best = fastestInRun(vis, i, (f) => f.p95Ms);
    const r = ratio(best?.value ?? null, o.frames?.p95Ms ?? null);
    if (r !== null) for (const c of best?.configs ?? []) wins.set(c, (wins.get(c) ?? 0) + 1);
    return r;
  });
  const mostWins = Math.max(0, ...wins.values());
  const soaks = ours.map((r) => r.soak);
  return {
    name,
    events,
    officials,
    runs: ours.length,
    firstMarkMs: median(ours.map((r) => r.firstMarkMs)),
    floorFirstMarkMs: median(floor),
    mainThreadMs: median(ours.map((r) => r.mainThreadMs)),
    floorMainThreadMs: median(inputFloor),
    mainThreadRatio: median(ours.map((o, i) => ratio(lowestVisMainThread(vis, i), o.mainThreadMs))),
    nodeDragP95Ms: median(ours.map((r) => r.nodeDrag?.p95Ms ?? null)),
    nodeDragLongTasks: median(ours.map((r) => r.nodeDrag?.longTaskCount ?? null)),
    ...frameMedians(ours.map((r) => r.frames)),
    filterMs: median(ours.map((r) => r.filterMs)),
    networkSettleMs: median(ours.map((r) => r.networkSettleMs)),
    heapMB: median(ours.map((r) => r.heapMB)),
    soakGrowthMB: median(soaks.map((s) => (s ? s.afterMB - s.beforeMB : null))),
    soakSeconds: soaks.find((s) => s !== null)?.seconds ?? null,
    vis: { default: summarizeVis(vis.default), clustered: summarizeVis(vis.clustered) },
    p95Ratio: median(p95Ratios),
    p95RatioRuns: p95Ratios,
    medianRatio: median(ours.map((o, i) => ratio(fastestInRun(vis, i, (f) => f.medianMs)?.value ?? null, o.frames?.medianMs ?? null))),
    fastestVis: VIS_CONFIGS.filter((c) => mostWins > 0 && wins.get(c) === mostWins),
    problems: [...problems].map(([p, n]) => (n > 1 ? `${p} (${n} runs)` : p)),
  };
}

const ms = (v: number | null) => (v === null ? '—' : v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1));
// Frame times and their ratios with two decimals: the pages are cross-origin isolated (5 µs timers),
// and one decimal cannot tell a 16.67 ms frame from a 16.75 ms one, nor 4.96× from 5.00×.
const frameMs = (v: number | null) => (v === null ? '—' : v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(2));
const mb = (v: number | null) => (v === null ? '—' : v.toFixed(1));
const times = (v: number | null) => (v === null ? '—' : `${v.toFixed(2)}×`);
const count = (v: number | null) => (v === null ? '—' : String(Math.round(v)));
const signedMb = (v: number | null) => (v === null ? '—' : `${v >= 0 ? '+' : ''}${v.toFixed(1)}`);
/** One cell holding a value per vis-timeline configuration, in VIS_CONFIGS order. */
const perConfig = (r: DatasetSummary, cell: (v: VisSummary) => string) => VIS_CONFIGS.map((c) => cell(r.vis[c])).join(' / ');
const configNames = VIS_CONFIGS.join(' / ');
const neverDrew = (r: DatasetSummary) => VIS_CONFIGS.every((c) => r.vis[c].noRenderS !== null);

function visP95(v: VisSummary): string {
  if (v.noRenderS !== null) return `none in ${v.noRenderS} s`;
  return frameMs(v.frameP95Ms) + (v.noRenderRuns > 0 ? ` (none in ${v.noRenderRuns} of ${v.runs} runs)` : '');
}

function p95RatioCell(r: DatasetSummary): string {
  if (r.p95Ratio !== null) return `${times(r.p95Ratio)} (${r.fastestVis.length === 1 ? r.fastestVis[0] : 'tie'})`;
  return neverDrew(r) ? 'n/a (vis-timeline never drew)' : '—';
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((cells) => `| ${cells.join(' | ')} |`)].join('\n');
}

/** The table the README copies. */
export function resultsTable(rows: readonly DatasetSummary[]): string {
  const head = [
    'Dataset', 'Events', 'First mark / floor (ms)', 'Main thread, 20 notches / floor (ms)', `vis-timeline main thread, ${configNames} (ms)`,
    'Main-thread ratio (fastest vis / ours)', 'Frame median / p95 (ms)', 'Long tasks (n / ms)', 'Filter (ms)',
    'Node drag p95 (ms) / long tasks', 'Network settle (ms)', 'Heap (MB)', `vis-timeline p95, ${configNames} (ms)`,
  ];
  return table(head, rows.map((r) => [
    r.name,
    r.events.toLocaleString('en-US'),
    `${ms(r.firstMarkMs)} / ${ms(r.floorFirstMarkMs)}`,
    `${ms(r.mainThreadMs)} / ${ms(r.floorMainThreadMs)}`,
    perConfig(r, (v) => (v.noRenderS !== null ? 'n/a' : ms(v.mainThreadMs))),
    r.mainThreadRatio === null && neverDrew(r) ? 'n/a (vis-timeline never drew)' : times(r.mainThreadRatio),
    `${frameMs(r.frameMedianMs)} / ${frameMs(r.frameP95Ms)}`,
    `${count(r.longTasks)} / ${ms(r.longTaskMs)}`,
    ms(r.filterMs),
    `${frameMs(r.nodeDragP95Ms)} / ${count(r.nodeDragLongTasks)}`,
    ms(r.networkSettleMs),
    mb(r.heapMB),
    perConfig(r, visP95),
  ]));
}

export function detailsTable(rows: readonly DatasetSummary[]): string {
  const head = [
    'Dataset', 'Officials', 'Runs', 'Heap growth after soak (MB)',
    `Script wall time, ours / ${VIS_CONFIGS.map((c) => `vis ${c}`).join(' / ')} (s)`,
    `vis-timeline first item, ${configNames} (ms)`,
    `vis-timeline long tasks, ${configNames} (n, total s)`,
    'p95 ratio (fastest vis / ours)',
    'Median-frame ratio (fastest vis / ours)',
    'p95 ratio in each run',
  ];
  return table(head, rows.map((r) => [
    r.name,
    r.officials.toLocaleString('en-US'),
    String(r.runs),
    `${signedMb(r.soakGrowthMB)}${r.soakSeconds ? ` (${r.soakSeconds} s)` : ''}`,
    `${mb(r.scriptS)} / ${perConfig(r, (v) => mb(v.scriptS))}`,
    perConfig(r, (v) => (v.noRenderS !== null ? `> ${(v.noRenderS * 1000).toLocaleString('en-US')}` : ms(v.firstItemMs))),
    perConfig(r, (v) => (v.longTasks === null ? '—' : `${count(v.longTasks)} (${mb(v.longTaskMs === null ? null : v.longTaskMs / 1000)} s)`)),
    p95RatioCell(r),
    r.medianRatio === null && neverDrew(r) ? 'n/a' : times(r.medianRatio),
    r.p95RatioRuns.some((v) => v !== null) ? r.p95RatioRuns.map(times).join(', ') : '—',
  ]));
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
    '- Each dataset is served from a copy of the production build (`dist`) whose `data/` is that dataset; the seed is the build\'s own data; 1k/10k/50k are `npm run dataset:synthetic` corpora (seed 2024). Every run is a fresh browser context (cold cache), viewport 1440×900; before each navigation the bench waits until the machine is quiet (at least 0.5 s, then a 250 ms window with the cores at least 80% idle, at most 5 s), so that closing the previous run\'s page is not charged to the next load.',
    '- **First mark**: from navigation start to the first frame in which an element with `data-event-id` or `data-cluster-count` is visible (checked in each requestAnimationFrame callback). From 2,000 events on, the first marks are the clusters drawn from `event-dates.json` while `dataset.json` is still being parsed (they are the same clusters the full view then draws).',
    '- **Main thread**: Chromium\'s `TaskDuration` (busy time of the renderer\'s main thread, DevTools protocol `Performance.getMetrics`) read before and after a script of 20 wheel notches at the centre of the timeline (10 in, then 10 out, 50 ms apart; `WHEEL_TWENTY` in `bench/zoom-sequence.ts`), for our page and each vis-timeline configuration alike, each started once the page is idle (five idle periods in a row with 40 ms to spare, `requestIdleCallback`), so that the rest of loading is not charged to the input; with `--no-idle-wait`, 500 ms after the first mark or item, as the issue that asked for this measure took its figures (a page still busy then has that work counted too). Frame deltas bottom out at the display interval; this does not, so it shows the work an input queues beyond drawing. The ratio is per run against the faster vis-timeline configuration.',
    '- **Floor**: the first mark of `bench/floor/`, a static page that paints one mark with HTML and CSS alone, served by the same server and measured the same way just before each of our runs: the least any page takes to show a mark on this machine that moment.',
    '- **Input floor** (after the slash in the main-thread column): the same 20-notch wheel sequence, measured the same way, on `bench/floor/wheel.html`, a page whose only script redraws one mark on a canvas the size of our timeline plot (812×258) in the frame after each burst of notches: what answering each notch with a new picture costs on this machine at the least, before any layout, DOM or framework work. A page cannot be more than (vis-timeline / floor) times cheaper than vis-timeline.',
    '- **Node drag**: requestAnimationFrame deltas and long tasks while the first node button visible in the network is pressed and moved in 30 steps 25 ms apart (`nodeDragSteps`).',
    '- **Frames**: requestAnimationFrame deltas during a fixed script of wheel zooms at fixed points and drag pans (about 5 s, `bench/zoom-sequence.ts`), median and p95 per run; long tasks from a `longtask` PerformanceObserver over the same interval. A 60 fps frame is 16.67 ms; deltas come in multiples of it. Every page is served cross-origin isolated (COOP + COEP, `bench/static-server.ts`), so its timers resolve 5 µs: otherwise Chromium coarsens them to 100 µs with jitter, and even an idle page\'s deltas read 16.5–16.8 ms.',
    '- **Filter**: the most frequent official\'s name is typed into the "Filter by official" combobox after "Reset zoom"; time from the Enter keydown to the first frame after the timeline\'s set of `data-event-id` / `data-cluster-count` elements changes.',
    '- **Network settle**: from navigation start to the network section reporting `data-layout="ready"` (or, without that attribute, having `data-official-id` elements and no "Laying out…").',
    '- **Heap**: used JS heap after a forced GC (CDP) after the sequence. **Heap growth**: the same after zooming in and out repeatedly for the soak time (`--soak` for a full minute).',
    '- **vis-timeline**: the same events (`{id, content: title, start, end}`) in vis-timeline 8, 420 px high, window 2018–2024, same script, same frame measurement, in two configurations (`bench/vis/vis-bench.js`): **default**, its default options; **clustered**, `cluster: true`, vis-timeline\'s built-in clustering of crowded items (its documented answer to many items, the counterpart of our clusters). Each run measures ours, then both configurations, back to back.',
    '- **Ratio**: per run, the p95 of whichever vis-timeline configuration was faster in that run divided by ours, so the comparison is conservative; the median over runs is reported (the median-frame ratio likewise, with the lower median). The parenthesis names the configuration that was fastest in most runs ("tie" when they were fastest equally often). A p95 of requestAnimationFrame deltas counts a multi-second freeze as a single frame, so for a page that is blocked most of the time (vis-timeline at 50k: long tasks cover most of the script) the p95 understates the gap; the long-task totals and script wall times show it.',
    '- **No render**: when a configuration draws nothing within the timeout ("none in N s"), nothing else of it can be measured and its later runs on that dataset are skipped.',
    '- **Script wall time**: Playwright waits for the page to take each input, so a busy page stretches the ~5 s script (it is cut off after 60 s for the explorer and vis-timeline alike).',
    `- Figures are medians of ${rows[0]?.runs ?? 0} run(s). The machine is shared and noisy: trust the ratios more than the absolute times.`,
    '- Flags: `--runs N` (default 5), `--quick` (1 run), `--sizes 1000,10000`, `--soak` (a full minute of zooming for the memory check), `--skip-build`, `--skip-vis`, `--vis-timeout S` (default 120: how long each vis-timeline configuration may take to draw its first item), `--out FILE`, `--search-only` (only the search measure, e.g. `--search-only --sizes 50000`).',
    '',
    '## Problems seen',
    '',
    problems.length > 0 ? problems.join('\n') : 'None.',
    '',
  ].join('\n');
}
