// Synthetic timeline input for the tests: deterministic, bursty (visits cluster in a few days), with
// a share of range-, month- and year-dated events so that long spans are exercised.
import { buildTimeIndex, type TimeIndex } from './time-index';
import { mulberry32 as prng } from '../../../lib/mulberry32';

export { prng };

const DAY = 86_400_000;


export interface SyntheticSpans {
  starts: Float64Array;
  ends: Float64Array;
  index: TimeIndex;
}

export function syntheticSpans(n: number, seed = 7): SyntheticSpans {
  const rand = prng(seed);
  const from = Date.UTC(2018, 0, 1);
  const days = 7 * 365;
  const pairs: [number, number][] = [];
  while (pairs.length < n) {
    // A burst: a few days holding several events.
    const burstDay = Math.floor(rand() * days);
    const size = 1 + Math.floor(rand() * 12);
    for (let i = 0; i < size && pairs.length < n; i++) {
      const start = from + (burstDay + Math.floor(rand() * 4)) * DAY;
      const r = rand();
      const duration = r < 0.9 ? 0 : r < 0.97 ? Math.floor(rand() * 7) * DAY : r < 0.995 ? 30 * DAY : 364 * DAY;
      pairs.push([start, start + duration]);
    }
  }
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const starts = Float64Array.from(pairs, (p) => p[0]);
  const ends = Float64Array.from(pairs, (p) => p[1]);
  return { starts, ends, index: buildTimeIndex(starts, ends, null) };
}
