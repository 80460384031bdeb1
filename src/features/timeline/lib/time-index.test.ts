import { describe, expect, it } from 'vitest';
import { buildTimeIndex, countCandidates, countStarting, queryRange, type Work } from './time-index';
import { syntheticSpans } from './test-events';

const DAY = 86_400_000;

function bruteForce(starts: Float64Array, ends: Float64Array, from: number, to: number, allowed?: Set<number>) {
  const out: number[] = [];
  for (let p = 0; p < starts.length; p++) {
    if (allowed && !allowed.has(p)) continue;
    if (starts[p]! <= to && ends[p]! + DAY > from) out.push(p);
  }
  return out;
}

describe('time index', () => {
  const { starts, ends, index } = syntheticSpans(50_000);
  const log2n = Math.ceil(Math.log2(50_000)) + 1;
  const windows = [
    [Date.UTC(2019, 2, 4), Date.UTC(2019, 2, 7)],
    [Date.UTC(2019, 2, 1), Date.UTC(2019, 2, 8)],
    [Date.UTC(2021, 5, 1), Date.UTC(2021, 6, 1)],
    [Date.UTC(2023, 0, 1), Date.UTC(2023, 11, 31)],
  ] as const;

  it('returns exactly the events overlapping the window, in date order', () => {
    for (const [from, to] of windows) {
      const got = queryRange(index, from, to);
      expect(got).toEqual(bruteForce(starts, ends, from, to));
    }
  });

  it('touches O(log n + k): only a small margin beyond what is visible, at 50,000 events', () => {
    for (const [from, to] of windows.slice(0, 3)) {
      const work: Work = { touched: 0 };
      const visible = queryRange(index, from, to, work).length;
      // Binary searches (two per duration class) plus the events whose start lies in the class's
      // look-back margin; the margin of long classes is bounded by how few long events there are.
      const bound = visible + index.classes.length * 2 * log2n + 0.25 * visible + 60;
      expect(work.touched).toBeLessThanOrEqual(bound);
      expect(work.touched).toBeLessThan(50_000 / 20);
    }
  });

  it('counts candidates with binary searches only', () => {
    const work: Work = { touched: 0 };
    const [from, to] = windows[0];
    const n = countCandidates(index, from, to, work);
    expect(n).toBeGreaterThanOrEqual(queryRange(index, from, to).length);
    expect(work.touched).toBeLessThanOrEqual(index.classes.length * 2 * log2n);
  });

  it('indexes only the filtered positions', () => {
    const allowed = Int32Array.from({ length: 5000 }, (_, i) => i * 10);
    const filtered = buildTimeIndex(starts, ends, allowed);
    const set = new Set(allowed);
    for (const [from, to] of windows) expect(queryRange(filtered, from, to)).toEqual(bruteForce(starts, ends, from, to, set));
  });

  it('counts starts in a range with two binary searches', () => {
    const work: Work = { touched: 0 };
    const [from, to] = windows[2];
    let brute = 0;
    for (const s of starts) if (s >= from && s < to) brute++;
    expect(countStarting(index, from, to, work)).toBe(brute);
    expect(work.touched).toBeLessThanOrEqual(2 * log2n);
  });

  it('handles an empty index', () => {
    const empty = buildTimeIndex(new Float64Array(0), new Float64Array(0), null);
    expect(queryRange(empty, 0, Date.UTC(2030, 0, 1))).toEqual([]);
    expect(countCandidates(empty, 0, 1)).toBe(0);
  });
});
