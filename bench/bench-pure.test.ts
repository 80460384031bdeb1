import { TEST_CORPUS_INFO } from '../src/data/test-corpus-info';
import { describe, expect, it } from 'vitest';
import { measuresVis, parseBenchArgs, DEFAULT_VIS_TIMEOUT_S, FULL_SOAK_SECONDS, SHORT_SOAK_SECONDS } from './bench-args';
import { frameStats, median, percentile, ratio } from './bench-stats';
import type { ExplorerRun, FrameSample, VisRun } from './bench-types';
import { idleShare } from './machine-quiet';
import { mostFrequentOfficial, sizeName } from './prepare-sites';
import { detailsTable, renderResults, resultsTable, summarize } from './results-table';
import { resolveRequest, responseHeaders } from './static-server';
import { scriptedPauseMs, SOAK_CYCLE, ZOOM_AND_PAN } from './zoom-sequence';

describe('parseBenchArgs', () => {
  it('defaults to 5 runs of 1k, 10k and 50k with a short soak', () => {
    const o = parseBenchArgs([]);
    expect(o).toMatchObject({ sizes: [1000, 10_000, 50_000], runs: 5, soakSeconds: SHORT_SOAK_SECONDS, skipBuild: false, skipVis: false });
  });
  it('reads --sizes, --quick, --runs and --soak', () => {
    expect(parseBenchArgs(['--sizes', '1000, 10000', '--quick']).sizes).toEqual([1000, 10_000]);
    expect(parseBenchArgs(['--quick']).runs).toBe(1);
    expect(parseBenchArgs(['--runs', '3']).runs).toBe(3);
    expect(parseBenchArgs(['--soak']).soakSeconds).toBe(FULL_SOAK_SECONDS);
    expect(parseBenchArgs(['--vis-timeout', '600']).visTimeoutS).toBe(600);
    expect(parseBenchArgs([]).visTimeoutS).toBe(120);
    expect(parseBenchArgs(['--vis-sizes', '1000,10000']).visSizes).toEqual([1000, 10_000]);
    expect(parseBenchArgs([]).visSizes).toBeNull();
    expect([parseBenchArgs([]).idleWait, parseBenchArgs(['--no-idle-wait']).idleWait]).toEqual([true, false]);
    expect(() => parseBenchArgs(['--vis-sizes', 'ten'])).toThrow(/--vis-sizes/);
    const some = parseBenchArgs(['--vis-sizes', '10000']);
    expect([measuresVis(some, 10_000, false), measuresVis(some, 50_000, false), measuresVis(some, 15, true)]).toEqual([true, false, true]);
    expect(measuresVis(parseBenchArgs(['--skip-vis']), 15, true)).toBe(false);
    expect(DEFAULT_VIS_TIMEOUT_S).toBe(120);
  });
  it('refuses nonsense', () => {
    expect(() => parseBenchArgs(['--sizes', '1k'])).toThrow(/--sizes/);
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/--runs/);
    expect(() => parseBenchArgs(['--quick', '--runs', '3'])).toThrow(/--quick/);
    expect(() => parseBenchArgs(['--fast'])).toThrow();
    expect(() => parseBenchArgs(['--vis-timeout', '1'])).toThrow(/--vis-timeout/);
  });
});

describe('statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const deltas = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(deltas, 50)).toBe(50);
    expect(percentile(deltas, 95)).toBe(95);
    expect(percentile([16.7], 95)).toBe(16.7);
    expect(percentile([], 50)).toBeNaN();
  });
  it('takes medians of the runs that measured something', () => {
    expect(median([3, null, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([null, Number.NaN])).toBeNull();
  });
  it('summarises frames and ratios', () => {
    expect(frameStats([16.7, 16.7, 33.3, 16.6])).toMatchObject({ frames: 4, medianMs: 16.7, p95Ms: 33.3, maxMs: 33.3 });
    expect(ratio(100, 20)).toBe(5);
    expect(ratio(null, 20)).toBeNull();
    expect(ratio(10, 0)).toBeNull();
  });
});

describe('the zoom-and-pan script', () => {
  it('lasts about five seconds and keeps every position inside the target', () => {
    const pause = scriptedPauseMs(ZOOM_AND_PAN);
    expect(pause).toBeGreaterThan(4000);
    expect(pause).toBeLessThan(6500);
    for (const step of [...ZOOM_AND_PAN, ...SOAK_CYCLE]) {
      if (step.kind === 'move') {
        expect(step.fx).toBeGreaterThanOrEqual(0);
        expect(step.fx).toBeLessThanOrEqual(1);
      }
    }
    const downs = ZOOM_AND_PAN.filter((s) => s.kind === 'down').length;
    expect(ZOOM_AND_PAN.filter((s) => s.kind === 'up').length).toBe(downs);
    expect(downs).toBeGreaterThan(0);
    expect(ZOOM_AND_PAN.some((s) => s.kind === 'wheel' && s.deltaY < 0)).toBe(true);
    expect(ZOOM_AND_PAN.some((s) => s.kind === 'wheel' && s.deltaY > 0)).toBe(true);
  });
});

describe('resolveRequest', () => {
  const routes = [
    { prefix: '/sites/', dir: '/srv/out' },
    { prefix: '/vis/', dir: '/srv/vis' },
  ];
  it('maps prefixes to folders, with index.html for folders', () => {
    expect(resolveRequest(routes, '/sites/site-1k/')).toBe('/srv/out/site-1k/index.html');
    expect(resolveRequest(routes, '/sites/site-1k/data/dataset.json?x=1')).toBe('/srv/out/site-1k/data/dataset.json');
    expect(resolveRequest(routes, '/vis/vis-bench.html')).toBe('/srv/vis/vis-bench.html');
  });
  it('refuses unknown prefixes and escapes', () => {
    expect(resolveRequest(routes, '/etc/passwd')).toBeNull();
    expect(resolveRequest(routes, '/sites/../../etc/passwd')).toBeNull();
    expect(resolveRequest(routes, '/sites/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveRequest(routes, '/sites/%E0%A4%A')).toBeNull();
  });
  it('serves every page cross-origin isolated (precise timers), uncached, with its type', () => {
    const headers = responseHeaders('/srv/out/site-1k/index.html', 42);
    expect(headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-length': 42,
      'cache-control': 'no-cache',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    expect(responseHeaders('/srv/vis/x.unknown', 1)['content-type']).toBe('application/octet-stream');
  });
});

describe('datasets', () => {
  it('names sizes and finds the most frequent official', () => {
    expect(sizeName(50_000)).toBe('50k');
    expect(sizeName(1500)).toBe('1500');
    const dataset = {
      schemaVersion: 2 as const,
      corpus: TEST_CORPUS_INFO,
      articles: [],
      organizations: [],
      officials: [
        { id: 'a', name: 'Anh', country: 'AV', aliases: [], roles: [] },
        { id: 'b', name: 'Boris', country: 'BO', aliases: [], roles: [] },
      ],
      events: [['a', 'b'], ['b']].map((officialIds, i) => ({
        id: `e${i}`, title: 't', kind: 'talks' as const, date: '2019-01-01', datePrecision: 'day' as const, location: null,
        officialIds, organizationIds: [], summary: 's', sources: [{ articleId: 'x', evidence: [{ start: 0, end: 1, supports: ['what' as const] }] }],
      })),
    };
    expect(mostFrequentOfficial(dataset)).toBe('Boris');
  });
});

describe('results', () => {
  const frames = (medianMs: number, p95Ms: number, longTaskTotalMs = 60): FrameSample => ({
    frames: 300, medianMs, p95Ms, maxMs: p95Ms, longTaskCount: 1, longTaskTotalMs, durationMs: 5000, completed: true,
  });
  // Our p95 is 17.7, 18.7, 19.7 ms in runs 1–3.
  const ours: ExplorerRun[] = [1, 2, 3].map((i) => ({
    firstMarkMs: 100 + i, networkSettleMs: 400, frames: frames(16.7, 16.7 + i), heapMB: 20, soak: { beforeMB: 20, afterMB: 20.5, seconds: 10 },
    // Main thread 100, 200, 300 ms; the node drag's p95 16.7 ms with no long task.
    mainThreadMs: 100 * i, nodeDrag: frames(16.7, 16.7, 0),
    filterMs: i === 2 ? null : 12, filterOfficial: 'X', problems: i === 2 ? ['filter: timeout'] : [],
  }));
  const drew = (config: VisRun['config'], medianMs: number, p95Ms: number): VisRun => ({
    config, firstItemMs: config === 'default' ? 900 : 1500, noRenderWithinS: null, frames: frames(medianMs, p95Ms), heapMB: 80, problems: [],
    // Main thread: default 10× its p95, clustered 20× (so default is the faster one in every run).
    mainThreadMs: p95Ms * (config === 'default' ? 10 : 20),
  });
  const never = (config: VisRun['config'], problems: string[] = []): VisRun => ({ config, firstItemMs: null, noRenderWithinS: 120, frames: null, mainThreadMs: null, heapMB: null, problems });
  // p95: default 100 / 500 / 300, clustered 200 / 150 / 400: clustered is faster in run 2 only.
  // Frame medians: default 33.3 / 50 / 20, clustered 16.7 / 33.3 / 40: the lower one is not always the p95 winner's.
  const mixed = {
    default: [drew('default', 33.3, 100), drew('default', 50, 500), drew('default', 20, 300)],
    clustered: [drew('clustered', 16.7, 200), drew('clustered', 33.3, 150), drew('clustered', 40, 400)],
  };
  const machine = { cpu: 'AMD EPYC', cores: 2, memoryGB: 8, node: 'v20', chromium: '156', date: '2026-11-22', loadAverage: [3.25, 4] as [number, number] };

  it('takes medians over runs and, per run, the ratio against the faster configuration', () => {
    const s = summarize('50k', 50_000, 2000, ours, mixed, [90, null, 110], [30, 40, null]);
    expect(s.firstMarkMs).toBe(102);
    expect(s.floorFirstMarkMs).toBe(100);
    expect(s.floorMainThreadMs).toBe(35);
    expect(s.mainThreadMs).toBe(200);
    // Per run, the lower vis main thread (default: 1,000, 5,000, 3,000 ms) over ours (100, 200, 300).
    expect(s.mainThreadRatio).toBeCloseTo(10);
    expect(s.vis.clustered.mainThreadMs).toBe(4000);
    expect(s.nodeDragP95Ms).toBeCloseTo(16.7);
    expect(s.nodeDragLongTasks).toBe(1);
    expect(s.frameP95Ms).toBeCloseTo(18.7);
    expect(s.filterMs).toBe(12);
    expect(s.soakGrowthMB).toBeCloseTo(0.5);
    // Per run: 100/17.7, 150/18.7 (clustered), 300/19.7; the median, 8.0, is neither configuration's
    // own median ratio (default 15.2, clustered 11.3).
    expect(s.p95Ratio).toBeCloseTo(150 / 18.7);
    expect(s.medianRatio).toBeCloseTo(20 / 16.7);
    expect(s.fastestVis).toEqual(['default']);
    expect(s.vis.default).toMatchObject({ runs: 3, firstItemMs: 900, frameP95Ms: 300, noRenderS: null, noRenderRuns: 0 });
    expect(s.vis.clustered).toMatchObject({ firstItemMs: 1500, frameP95Ms: 200, frameMedianMs: 33.3, longTasks: 1, longTaskMs: 60, scriptS: 5 });
    expect(s.problems).toEqual(['filter: timeout']);
  });

  it('skips runs in which no configuration has frames, and reports a tie', () => {
    const tied = { default: [drew('default', 16.7, 50), never('default'), never('default')], clustered: [drew('clustered', 16.7, 50), never('clustered'), never('clustered')] };
    const s = summarize('1k', 1000, 40, ours, tied);
    expect(s.p95Ratio).toBeCloseTo(50 / 17.7);
    expect(s.fastestVis).toEqual(['default', 'clustered']);
    expect(s.vis.default).toMatchObject({ noRenderS: null, noRenderRuns: 2 });
    const row = resultsTable([s]).split('\n')[2];
    expect(row).toContain('| 50.00 (none in 2 of 3 runs) / 50.00 (none in 2 of 3 runs) |');
    expect(detailsTable([s])).toContain('| 2.82× (tie) |');
  });

  it('renders both configurations in the tables with the machine and the problems', () => {
    const s = summarize('50k', 50_000, 2000, ours, mixed, [90, 100, 110], [30, 35, 40]);
    const table = resultsTable([s]);
    const [head, , row] = table.split('\n');
    expect(table.split('\n')).toHaveLength(3);
    expect(head?.split(' | ')).toHaveLength(13);
    expect(head).toContain('| Main thread, 20 notches / floor (ms) | vis-timeline main thread, default / clustered (ms) | Main-thread ratio (fastest vis / ours) |');
    expect(row).toBe('| 50k | 50,000 | 102 / 100 | 200 / 35.0 | 3,000 / 4,000 | 10.00× | 16.70 / 18.70 | 1 / 60.0 | 12.0 | 16.70 / 1 | 400 | 20.0 | 300 / 200 |');
    const md = renderResults(machine, [s], 'npm run bench');
    expect(md).toContain('| Script wall time, ours / vis default / vis clustered (s) | vis-timeline first item, default / clustered (ms) |');
    expect(md).toContain('| 50k | 2,000 | 3 | +0.5 (10 s) | 5.0 / 5.0 / 5.0 | 900 / 1,500 | 1 (0.1 s) / 1 (0.1 s) | 8.02× (default) | 1.20× | 5.65×, 8.02×, 15.23× |');
    expect(md).toContain('`TaskDuration`');
    expect(md).toContain('`bench/floor/wheel.html`');
    expect(md).toContain('AMD EPYC, 2 cores');
    expect(md).toContain('Load average 3.3 at the start, 4.0 at the end.');
    expect(md).toContain('`cluster: true`');
    expect(md).toContain('whichever vis-timeline configuration was faster in that run');
    expect(md).toContain('counts a multi-second freeze as a single frame');
    expect(md).toContain('cross-origin isolated');
    expect(md).toContain('--vis-timeout S` (default 120');
    expect(md).toContain('- 50k: filter: timeout');
  });
});

describe('results when vis-timeline does not draw', () => {
  const run: ExplorerRun = { firstMarkMs: 200, networkSettleMs: 900, frames: null, mainThreadMs: 50, nodeDrag: null, heapMB: 30, soak: null, filterMs: 20, filterOfficial: 'X', problems: [] };
  const withFrames: ExplorerRun = { ...run, frames: { frames: 300, medianMs: 16.7, p95Ms: 16.7, maxMs: 20, longTaskCount: 0, longTaskTotalMs: 0, durationMs: 5000, completed: true } };
  const noItem = 'no vis-timeline item became visible within 120 s';
  const never = (config: VisRun['config'], problems: string[] = []): VisRun => ({ config, firstItemMs: null, noRenderWithinS: 120, frames: null, mainThreadMs: null, heapMB: null, problems });

  it('compares with the configuration that drew when the other never did', () => {
    const clustered: VisRun = {
      config: 'clustered', firstItemMs: 79_000, noRenderWithinS: null, mainThreadMs: 9_000, heapMB: 400, problems: [],
      frames: { frames: 120, medianMs: 16.7, p95Ms: 100, maxMs: 9000, longTaskCount: 134, longTaskTotalMs: 55_000, durationMs: 61_000, completed: false },
    };
    const s = summarize('50k', 50_000, 2000, [withFrames, withFrames], { default: [never('default', [noItem]), never('default')], clustered: [clustered, clustered] });
    expect(s.vis.default.noRenderS).toBe(120);
    expect(s.p95Ratio).toBeCloseTo(100 / 16.7);
    expect(s.fastestVis).toEqual(['clustered']);
    expect(s.problems).toEqual([`vis-timeline default: ${noItem}`]);
    expect(s.mainThreadRatio).toBeCloseTo(180);
    expect(resultsTable([s])).toContain('| 50.0 / — | n/a / 9,000 | 180.00× |');
    expect(resultsTable([s])).toContain('| none in 120 s / 100 |');
    expect(renderResults({ cpu: 'x', cores: 2, memoryGB: 8, node: 'v20', chromium: '156', date: 'd' }, [s], 'npm run bench'))
      .toContain('| 5.0 / — / 61.0 | > 120,000 / 79,000 | — / 134 (55.0 s) | 5.99× (clustered) | 1.00× | 5.99×, 5.99× |');
  });

  it('says so instead of a ratio when neither configuration ever drew', () => {
    const s = summarize('50k', 50_000, 2000, [withFrames, withFrames], {
      default: [never('default', [noItem]), never('default')],
      clustered: [never('clustered', [noItem]), never('clustered')],
    });
    expect(s.p95Ratio).toBeNull();
    expect(s.fastestVis).toEqual([]);
    expect(resultsTable([s])).toContain('| n/a / n/a | n/a (vis-timeline never drew) |');
    expect(detailsTable([s])).toContain('| n/a (vis-timeline never drew) |');
  });

  it('leaves the vis columns empty with --skip-vis', () => {
    const s = summarize('seed', 15, 8, [run], { default: [], clustered: [] });
    expect(s.vis.default.noRenderS).toBeNull();
    expect(resultsTable([s])).toContain('| 50.0 / — | — / — | — |');
    expect(detailsTable([s])).toMatch(/\| — \|$/);
  });
});

describe('idleShare', () => {
  const times = (user: number, idle: number) => ({ user, nice: 0, sys: 0, idle, irq: 0 });
  it('is the idle share of the time that passed, over all cores', () => {
    const before = [times(100, 100), times(100, 100)];
    const after = [times(150, 150), times(190, 110)];
    // idle 50 + 10 of 100 + 100 passed
    expect(idleShare(before, after)).toBeCloseTo(0.3);
  });
  it('counts a machine where no time passed as idle', () => {
    expect(idleShare([times(1, 1)], [times(1, 1)])).toBe(1);
  });
});
