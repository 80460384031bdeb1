import { describe, expect, it } from 'vitest';
import { createRandom, mulberry32, weightedPicker, zipfSampler } from './seeded-random';

describe('seeded random', () => {
  it('repeats for a seed', () => {
    const a = mulberry32(9);
    const b = mulberry32(9);
    for (let i = 0; i < 5; i++) expect(a()).toBe(b());
  });

  it('draws integers within bounds', () => {
    const r = createRandom(1);
    for (let i = 0; i < 1000; i++) {
      const n = r.int(2, 6);
      expect(n >= 2 && n <= 6 && Number.isInteger(n)).toBe(true);
    }
  });

  it('draws Zipf ranks with the first far more often than the last', () => {
    const r = createRandom(5);
    const draw = zipfSampler(100, 1);
    const counts = new Array<number>(100).fill(0);
    for (let i = 0; i < 20_000; i++) counts[draw(r)]!++;
    expect(counts[0]).toBeGreaterThan(20 * (counts[99] as number));
    expect(counts.every((c) => c >= 0)).toBe(true);
  });

  it('draws weighted choices in proportion', () => {
    const r = createRandom(2);
    const pick = weightedPicker([['a', 9], ['b', 1]] as const);
    let a = 0;
    for (let i = 0; i < 10_000; i++) if (pick(r) === 'a') a++;
    expect(a / 10_000).toBeGreaterThan(0.85);
    expect(a / 10_000).toBeLessThan(0.95);
  });
});
