import { describe, expect, it } from 'vitest';
import { parseBenchArgs, FULL_SOAK_SECONDS, SHORT_SOAK_SECONDS } from './bench-args';
import { frameStats, median, percentile, ratio } from './bench-stats';
import type { ExplorerRun, VisRun } from './bench-types';
import { mostFrequentOfficial, sizeName } from './prepare-sites';
import { renderResults, resultsTable, summarize } from './results-table';
import { resolveRequest } from './static-server';
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
    expect(parseBenchArgs([]).visTimeoutS).toBe(180);
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
});

describe('datasets', () => {
  it('names sizes and finds the most frequent official', () => {
    expect(sizeName(50_000)).toBe('50k');
    expect(sizeName(1500)).toBe('1500');
    const dataset = {
      schemaVersion: 1 as const,
      articles: [],
      organizations: [],
      officials: [
        { id: 'a', name: 'Anh', country: 'VN' as const, aliases: [], roles: [] },
        { id: 'b', name: 'Boris', country: 'RU' as const, aliases: [], roles: [] },
      ],
      events: [['a', 'b'], ['b']].map((officialIds, i) => ({
        id: `e${i}`, title: 't', kind: 'talks' as const, date: '2019-01-01', datePrecision: 'day' as const, location: null,
        officialIds, organizationIds: [], summary: 's', sources: [{ articleId: 'x', evidence: [{ start: 0, end: 1 }] }],
      })),
    };
    expect(mostFrequentOfficial(dataset)).toBe('Boris');
  });
});

describe('results', () => {
  const frames = (medianMs: number, p95Ms: number) => ({ frames: 300, medianMs, p95Ms, maxMs: p95Ms, longTaskCount: 1, longTaskTotalMs: 60, durationMs: 5000, completed: true });
  const ours: ExplorerRun[] = [1, 2, 3].map((i) => ({
    firstMarkMs: 100 + i, networkSettleMs: 400, frames: frames(16.7, 16.7 + i), heapMB: 20, soak: { beforeMB: 20, afterMB: 20.5, seconds: 10 },
    filterMs: i === 2 ? null : 12, filterOfficial: 'X', problems: i === 2 ? ['filter: timeout'] : [],
  }));
  const vis: VisRun[] = [1, 2, 3].map((i) => ({ firstItemMs: 900, noRenderWithinS: null, frames: frames(33.3, 100 * i), heapMB: 80, problems: [] }));

  it('takes medians over runs and the median of per-run ratios', () => {
    const s = summarize('50k', 50_000, 2000, ours, vis);
    expect(s.firstMarkMs).toBe(102);
    expect(s.frameP95Ms).toBeCloseTo(18.7);
    expect(s.filterMs).toBe(12);
    expect(s.soakGrowthMB).toBeCloseTo(0.5);
    expect(s.p95Ratio).toBeCloseTo(200 / 18.7);
    expect(s.problems).toEqual(['filter: timeout']);
  });

  it('renders a markdown table with the machine and the problems', () => {
    const s = summarize('50k', 50_000, 2000, ours, vis);
    const table = resultsTable([s]);
    expect(table.split('\n')).toHaveLength(3);
    expect(table).toContain('| 50k | 50,000 | 102 | 16.7 / 18.7 |');
    const md = renderResults({ cpu: 'AMD EPYC', cores: 2, memoryGB: 8, node: 'v20', chromium: '156', date: '2026-11-22', loadAverage: [3.25, 4] }, [s], 'npm run bench');
    expect(md).toContain('AMD EPYC, 2 cores');
    expect(md).toContain('Load average 3.3 at the start, 4.0 at the end.');
    expect(md).toContain('- 50k: filter: timeout');
  });
});

describe('results when vis-timeline never draws', () => {
  it('says so instead of a ratio', () => {
    const run: ExplorerRun = { firstMarkMs: 200, networkSettleMs: 900, frames: null, heapMB: 30, soak: null, filterMs: 20, filterOfficial: 'X', problems: [] };
    const never: VisRun = { firstItemMs: null, noRenderWithinS: 180, frames: null, heapMB: null, problems: ['no vis-timeline item became visible within 180 s'] };
    const s = summarize('50k', 50_000, 2000, [run, run], [never, { ...never, problems: [] }]);
    expect(s.visNoRenderS).toBe(180);
    expect(s.p95Ratio).toBeNull();
    expect(resultsTable([s])).toContain('nothing drawn in 180 s | n/a (vis-timeline never drew) |');
  });
});
