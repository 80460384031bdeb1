// A small seeded PRNG (mulberry32) and the draws the generator needs. Everything random in a synthetic
// corpus comes from here, so that a seed always gives the same bytes (no Math.random, no clock).
import { bisectRight } from 'd3-array';
import { mulberry32 } from '../../lib/mulberry32';

export { mulberry32 };

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}


export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
  };
}

/**
 * Draws indices 0..n-1 with probability proportional to 1 / (rank + 1)^exponent: the Zipf-like skew of
 * who appears in the news (a minister in hundreds of events, most officials in a handful). Cumulative
 * weights plus binary search: O(log n) per draw, so 50,000 events × 6 officials stay cheap.
 */
export function zipfSampler(n: number, exponent: number): (random: Random) => number {
  if (n <= 0) throw new Error('zipfSampler needs at least one item');
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += 1 / Math.pow(i + 1, exponent);
    cumulative[i] = total;
  }
  return (random) => {
    const target = random.next() * total;
    // The first rank whose cumulative weight passes the target (the last one absorbs rounding).
    return Math.min(n - 1, bisectRight(cumulative, target));
  };
}

/** Draws from a fixed list of weighted choices. */
export function weightedPicker<T>(choices: readonly (readonly [T, number])[]): (random: Random) => T {
  const total = choices.reduce((sum, [, w]) => sum + w, 0);
  return (random) => {
    let target = random.next() * total;
    for (const [value, weight] of choices) {
      target -= weight;
      if (target < 0) return value;
    }
    return (choices[choices.length - 1] as readonly [T, number])[0];
  };
}
