import { describe, expect, it } from 'vitest';
import { frameOfSpan } from '../../../state/time-window';

const DEFAULT_WINDOW = frameOfSpan({ from: '2018-01-01', to: '2024-12-31' }).home;
import { computeTicks, MIN_TICK_SPACING } from './time-ticks';
import { windowScale } from './time-scale';

const win = (a: string, b: string) => ({ from: Date.parse(`${a}T00:00:00Z`), to: Date.parse(`${b}T00:00:00Z`) });

function spacingOk(ticks: { x: number }[]) {
  for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(MIN_TICK_SPACING * 0.85);
}

describe('adaptive ticks', () => {
  it('labels years at seven years on a laptop', () => {
    const ticks = computeTicks(windowScale(DEFAULT_WINDOW, 1440));
    // Room for half-years at 1440 px: every year is named at its start, July in between.
    expect(ticks.filter((t) => t.level === 'year').map((t) => t.label)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(ticks.filter((t) => t.level !== 'year').every((t) => t.label === 'Jul')).toBe(true);
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
    expect(ticks.length).toBe(12);
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
