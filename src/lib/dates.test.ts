import { describe, expect, it } from 'vitest';
import { dayToMs, isRealDay, msToDay } from './dates';

describe('isRealDay', () => {
  it('accepts real days, leap days included', () => {
    expect(isRealDay('2019-06-19')).toBe(true);
    expect(isRealDay('2020-02-29')).toBe(true);
  });
  it('rejects impossible days instead of rolling them over', () => {
    expect(isRealDay('2019-02-29')).toBe(false);
    expect(isRealDay('2019-02-30')).toBe(false);
    expect(isRealDay('2019-13-01')).toBe(false);
    expect(isRealDay('2019-00-10')).toBe(false);
  });
  it('handles years 0–99 as themselves (Date.UTC would map them to 1900–1999)', () => {
    expect(isRealDay('0001-01-01')).toBe(true);
    expect(isRealDay('0099-12-31')).toBe(true);
  });
  it('rejects anything not written YYYY-MM-DD', () => {
    for (const bad of ['2019-6-19', '19-06-2019', '2019-06-19T00:00', '', 'yesterday', ' 2019-06-19']) expect(isRealDay(bad)).toBe(false);
  });
});

describe('day ↔ ms', () => {
  it('round-trips a UTC day', () => {
    expect(msToDay(dayToMs('2024-08-13'))).toBe('2024-08-13');
    expect(dayToMs('2018-01-01')).toBe(Date.UTC(2018, 0, 1));
  });
});
