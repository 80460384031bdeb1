// A time index over the (filtered) events so that a view touches only what it shows. Events are split
// into duration classes; inside a class, starts are sorted, and the class's longest duration bounds how
// far left of the window an overlapping event can start. One year-long event therefore does not make
// every narrow query scan a year of one-day events.
import { bisectLeft, bisectRight } from 'd3-array';

/** Upper duration bound (ms, end - start where end is the inclusive last day) of each class. */
const DAY = 86_400_000;
const CLASS_LIMITS = [0, 7 * DAY, 31 * DAY, 366 * DAY, Infinity];

interface DurationClass {
  /** Positions into eventsByDate, ascending (so in date order). */
  positions: Int32Array;
  /** starts[positions[i]], copied so binary search reads a contiguous array. */
  starts: Float64Array;
  /** The longest (end - start) in this class. */
  maxDuration: number;
}

export interface TimeIndex {
  classes: DurationClass[];
  /** Starts of every indexed event in date order, for counting per bin without visiting events. */
  allStarts: Float64Array;
  /** Positions of every indexed event, aligned with allStarts. */
  allPositions: Int32Array;
  starts: Float64Array;
  ends: Float64Array;
}

/** Build the index over `positions` (ascending; null = all events). O(m). */
export function buildTimeIndex(starts: Float64Array, ends: Float64Array, positions: Int32Array | null): TimeIndex {
  const all = positions ?? Int32Array.from({ length: starts.length }, (_, i) => i);
  const buckets: number[][] = CLASS_LIMITS.map(() => []);
  const maxDurations = CLASS_LIMITS.map(() => 0);
  const allStarts = new Float64Array(all.length);
  for (let i = 0; i < all.length; i++) {
    const p = all[i]!;
    const duration = ends[p]! - starts[p]!;
    const c = CLASS_LIMITS.findIndex((limit) => duration <= limit);
    buckets[c]!.push(p);
    maxDurations[c] = Math.max(maxDurations[c]!, duration);
    allStarts[i] = starts[p]!;
  }
  const classes = buckets
    .map((list, c) => ({
      positions: Int32Array.from(list),
      starts: Float64Array.from(list, (p) => starts[p]!),
      maxDuration: maxDurations[c]!,
    }))
    .filter((c) => c.positions.length > 0);
  return { classes, allStarts, allPositions: all, starts, ends };
}

/** A work counter: how many array items a query read. Tests assert on it (issue 6 §6). */
export interface Work {
  touched: number;
}

/**
 * First index i in sorted `a` (searching [lo, hi)) with a[i] >= value (or > value when `strict`).
 * Charges `work` the probes a binary search makes over that range.
 */
export function bisect(a: Float64Array, value: number, strict: boolean, work?: Work, lo = 0, hi = a.length): number {
  if (work && hi > lo) work.touched += Math.ceil(Math.log2(hi - lo + 1));
  return strict ? bisectRight(a, value, lo, hi) : bisectLeft(a, value, lo, hi);
}

/**
 * How many indexed events may overlap [from, to] (an upper bound, counted with binary searches only):
 * used to decide between drawing events one by one and aggregating, before visiting any event.
 */
export function countCandidates(index: TimeIndex, from: number, to: number, work?: Work): number {
  let n = 0;
  for (const c of index.classes) {
    n += bisect(c.starts, to, true, work) - bisect(c.starts, from - c.maxDuration - DAY, true, work);
  }
  return n;
}

/** Positions (ascending = date order) of the events overlapping [from, to] (ms; ends inclusive day). */
export function queryRange(index: TimeIndex, from: number, to: number, work?: Work): number[] {
  const out: number[] = [];
  for (const c of index.classes) {
    // An event overlaps when start + duration + one day > from: nothing earlier than this can.
    const lo = bisect(c.starts, from - c.maxDuration - DAY, true, work);
    const hi = bisect(c.starts, to, true, work);
    for (let i = lo; i < hi; i++) {
      if (work) work.touched++;
      const p = c.positions[i]!;
      // ends[] holds the start of the last day: the event covers it until the day is over.
      if (index.ends[p]! + DAY > from) out.push(p);
    }
  }
  // Classes are each in date order; merge them (few classes, short lists).
  return index.classes.length > 1 ? out.sort((a, b) => a - b) : out;
}

/** How many indexed events start in [from, to): two binary searches. */
export function countStarting(index: TimeIndex, from: number, to: number, work?: Work): number {
  return bisect(index.allStarts, to, false, work) - bisect(index.allStarts, from, false, work);
}
