import { describe, expect, it } from 'vitest';
import { frameOfSpan } from '../../../state/time-window';
import { axisLabels, computeTicks, labelWidth, MIN_TICK_SPACING } from './time-ticks';
import { windowScale } from './time-scale';

const DEFAULT_WINDOW = frameOfSpan({ from: '2018-01-01', to: '2024-12-31' }).home;
const DAY = 86_400_000;
const win = (a: string, b: string) => ({ from: Date.parse(`${a}T00:00:00Z`), to: Date.parse(`${b}T00:00:00Z`) });

function spacingOk(ticks: { x: number }[]) {
  for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(MIN_TICK_SPACING * 0.85);
}

describe('adaptive ticks', () => {
  it('labels years at seven years on a laptop', () => {
    const ticks = computeTicks(windowScale(DEFAULT_WINDOW, 1440));
    // Room for quarters at 1440 px: every year is named at its start, the quarters in between.
    expect(ticks.filter((t) => t.level === 'year').map((t) => t.label)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(ticks.filter((t) => t.level !== 'year').every((t) => ['Apr', 'Jul', 'Oct'].includes(t.label))).toBe(true);
    spacingOk(ticks);
  });

  it('keeps seven years readable on a 390 px phone', () => {
    const ticks = computeTicks(windowScale(DEFAULT_WINDOW, 390));
    expect(ticks.length).toBeLessThanOrEqual(Math.floor(366 / MIN_TICK_SPACING) + 1);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    spacingOk(ticks);
  });

  it('switches to months at one year, naming the year at January', () => {
    const ticks = computeTicks(windowScale(win('2019-01-01', '2019-12-31'), 1440));
    expect(ticks[0]!.label).toBe('2019');
    expect(ticks.map((t) => t.label)).toContain('Mar');
    // Room for the 1st and the 15th of every month at 1440 px.
    expect(ticks.filter((t) => t.level !== 'day').length).toBe(12);
    expect(ticks.filter((t) => t.level === 'day').every((t) => t.label === '15')).toBe(true);
    spacingOk(ticks);
  });

  it('switches to days at one month, naming the month at its first day', () => {
    const ticks = computeTicks(windowScale(win('2019-03-01', '2019-03-31'), 1440));
    expect(ticks[0]).toMatchObject({ label: 'Mar', level: 'month' });
    expect(ticks.some((t) => t.label === '15' && t.level === 'day')).toBe(true);
    spacingOk(ticks);
  });

  it('shows every day at one week', () => {
    const ticks = computeTicks(windowScale(win('2019-03-04', '2019-03-11'), 1440));
    expect(ticks.map((t) => t.label)).toEqual(['4', '5', '6', '7', '8', '9', '10', '11']);
    spacingOk(ticks);
  });

  it('never produces more ticks than the width allows', () => {
    for (const width of [320, 390, 800, 1440, 2560]) {
      for (const w of [DEFAULT_WINDOW, win('2019-01-01', '2019-12-31'), win('2019-03-01', '2019-03-31'), win('2019-03-04', '2019-03-07')]) {
        const ticks = computeTicks(windowScale(w, width));
        expect(ticks.length).toBeLessThanOrEqual(Math.floor(width / MIN_TICK_SPACING) + 2);
      }
    }
  });
});

describe('axis labels', () => {
  const labelsFor = (w: { from: number; to: number }, width: number) => {
    const scale = windowScale(w, width);
    return axisLabels(computeTicks(scale), scale, width);
  };

  it('names the year at every zoom level, at the left edge and at each year boundary', () => {
    const start = Date.parse('2019-07-10T00:00:00Z');
    for (const width of [366, 1400]) {
      for (let span = 7 * 365 * DAY; span >= 7 * DAY; span /= 2) {
        const labels = labelsFor({ from: start, to: start + span }, width);
        const years = labels.filter((l) => l.level === 'year');
        // A year label within reach of the left edge, naming the year shown there or the next one.
        expect(years.length, `span ${span / DAY} days at ${width}px`).toBeGreaterThan(0);
        expect(years[0]!.x).toBeLessThan(labelWidth('2019', 'year') + 1);
        expect(years[0]!.text).toMatch(/^([A-Z][a-z]{2} )?(2019|2020)$/);
      }
    }
  });

  it('shows the year on a phone in a July–December window, with the months between', () => {
    const labels = labelsFor(win('2019-07-05', '2019-12-20'), 366);
    expect(labels[0]).toMatchObject({ text: '2019', sticky: true, x: 0 });
    expect(labels.map((l) => l.text)).toEqual(['2019', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
  });

  it('names the window’s own first year, not the sliver of the year before in the edge padding', () => {
    for (const width of [366, 1400]) {
      const labels = labelsFor(win('1995-01-01', '2001-12-31'), width);
      const first = labels.find((l) => l.level === 'year')!;
      expect(first.text, `${width}px`).toBe('1995');
      expect(labels.some((l) => l.text === '1994')).toBe(false);
    }
  });

  it('names the month with the year where the ticks are days', () => {
    const labels = labelsFor(win('2019-08-10', '2019-08-24'), 366);
    expect(labels[0]).toMatchObject({ text: 'Aug 2019', sticky: true });
    expect(labels.slice(1).every((l) => l.level === 'day')).toBe(true);
  });

  it('puts the next year on its boundary and lets it replace the sticky one near the edge', () => {
    const across = labelsFor(win('2019-11-01', '2020-03-01'), 1400).filter((l) => l.level === 'year');
    expect(across.map((l) => [l.text.slice(-4), l.sticky])).toEqual([
      ['2019', true],
      ['2020', false],
    ]);
    const atEdge = labelsFor(win('2020-01-01', '2020-02-15'), 1400).filter((l) => l.level === 'year');
    expect(atEdge.map((l) => l.text)).toEqual(['2020']);
  });

  it('lets each label run until the next one starts, and no further', () => {
    const labels = labelsFor(win('2019-08-01', '2019-10-31'), 1400);
    for (let i = 0; i + 1 < labels.length; i++) {
      expect(labels[i]!.maxWidth).toBeCloseTo(labels[i + 1]!.x - labels[i]!.x);
    }
    expect(labels.at(-1)!.maxWidth).toBeGreaterThan(0);
  });
});
