import { describe, expect, it } from 'vitest';
import { frameOfSpan } from '../../../state/time-window';

const DEFAULT_WINDOW = frameOfSpan({ from: '2018-01-01', to: '2024-12-31' }).home;
import { aggregateBins, binEdges, binIntervalFor, binPositions, densityColumns, DENSITY_BIN_PX } from './aggregate';
import { queryRange, type Work } from './time-index';
import { windowScale } from './time-scale';
import { syntheticSpans } from './test-events';
import { utcMonth } from 'd3-time';

describe('aggregation', () => {
  const n = 50_000;
  const { starts, index } = syntheticSpans(n);
  const log2n = Math.ceil(Math.log2(n)) + 1;

  it('picks bins that stay readable: years at seven years, months at one year, days at a week', () => {
    expect(binIntervalFor(windowScale(DEFAULT_WINDOW, 1440)).unit).toBe('year');
    expect(binIntervalFor(windowScale({ from: Date.UTC(2019, 0, 1), to: Date.UTC(2019, 11, 31) }, 1440)).unit).toBe('month');
    expect(binIntervalFor(windowScale({ from: Date.UTC(2019, 2, 1), to: Date.UTC(2019, 2, 8) }, 1440)).unit).toBe('day');
  });

  it('covers the window with whole bins', () => {
    const edges = binEdges(utcMonth, Date.UTC(2019, 2, 10), Date.UTC(2019, 4, 3));
    expect(edges).toEqual([Date.UTC(2019, 2, 1), Date.UTC(2019, 3, 1), Date.UTC(2019, 4, 1), Date.UTC(2019, 5, 1)]);
  });

  it('counts 50,000 events into bins touching only bin edges, never the events', () => {
    const scale = windowScale(DEFAULT_WINDOW, 1440);
    const work: Work = { touched: 0 };
    const bins = aggregateBins(index, scale, work);
    let brute = 0;
    for (const s of starts) if (s < Date.UTC(2025, 0, 1)) brute++;
    expect(brute).toBeGreaterThan(n * 0.99);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(brute);
    expect(bins.length).toBe(7);
    expect(work.touched).toBeLessThanOrEqual((bins.length + 2) * log2n);
  });

  it('bins at a narrower window count only what starts in view', () => {
    const w = { from: Date.UTC(2019, 0, 1), to: Date.UTC(2019, 11, 31) };
    const scale = windowScale(w, 1440);
    const work: Work = { touched: 0 };
    const bins = aggregateBins(index, scale, work);
    let brute = 0;
    for (const s of starts) if (s >= Date.UTC(2019, 0, 1) && s < Date.UTC(2020, 0, 1)) brute++;
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(brute);
    expect(work.touched).toBeLessThanOrEqual(14 * log2n);
  });

  it('computes the density strip with one binary search per column', () => {
    const scale = windowScale(DEFAULT_WINDOW, 1440);
    const work: Work = { touched: 0 };
    const columns = densityColumns(index, scale, work);
    expect(columns.length).toBe(Math.ceil((1440 - 24) / DENSITY_BIN_PX));
    expect(columns.reduce((s, c) => s + c, 0)).toBeGreaterThan(n * 0.99);
    expect(work.touched).toBeLessThanOrEqual((columns.length + 1) * log2n);
  });

  it('searches only among the events in view once the view is narrow', () => {
    const w = { from: Date.UTC(2019, 2, 4), to: Date.UTC(2019, 2, 11) };
    const scale = windowScale(w, 1440);
    const work: Work = { touched: 0 };
    const columns = densityColumns(index, scale, work);
    const inView = columns.reduce((s, c) => s + c, 0);
    const perColumn = Math.ceil(Math.log2(inView + 1)) + 1;
    expect(work.touched).toBeLessThanOrEqual(2 * log2n + columns.length * perColumn);
    expect(work.touched).toBeLessThan((columns.length + 1) * log2n * 0.6);
  });

  it('groups the overflow of a view by bin', () => {
    const w = { from: Date.UTC(2019, 2, 1), to: Date.UTC(2019, 2, 8) };
    const positions = queryRange(index, w.from, w.to);
    const bins = binPositions(index, positions, windowScale(w, 1440));
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(positions.length);
    expect(bins.every((b) => b.unit === 'day' && b.end - b.start === 86_400_000)).toBe(true);
  });
});
