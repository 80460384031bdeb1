import { describe, expect, it } from 'vitest';
import { dayToMs } from '../lib/dates';
import { sameDaysInView } from './time-window';

const DAY = 86_400_000;
const day = (d: string) => dayToMs(d);

describe('sameDaysInView', () => {
  it('holds for windows whose edges move within the same days', () => {
    const a = { from: day('2019-01-01') + 0.2 * DAY, to: day('2019-06-30') + 0.7 * DAY };
    const b = { from: day('2019-01-01') + 0.9 * DAY, to: day('2019-06-30') + 0.1 * DAY };
    expect(sameDaysInView(a, b)).toBe(true);
    // A zoom in and back out leaves the edges a rounding error apart, even across a midnight.
    expect(sameDaysInView(a, { from: a.from + 1e-6, to: a.to - 1e-6 })).toBe(true);
    const home = { from: day('2018-01-01'), to: day('2024-12-31') };
    expect(sameDaysInView(home, { from: home.from + 3e-4, to: home.to - 3e-4 })).toBe(true);
  });

  it('fails as soon as a day enters or leaves the window at either edge', () => {
    const a = { from: day('2019-01-01') + 0.5 * DAY, to: day('2019-06-30') + 0.5 * DAY };
    // The start reaches back over midnight: events of 1 January now overlap it.
    expect(sameDaysInView(a, { from: day('2019-01-01'), to: a.to })).toBe(false);
    expect(sameDaysInView(a, { from: a.from, to: day('2019-07-01') })).toBe(false);
    expect(sameDaysInView(a, { from: a.from, to: day('2019-06-30') - 2000 })).toBe(false);
  });
});
