// Level of detail: when the view holds more events than lanes (or the DOM cap) allow, events merge into
// clusters per calendar bin (year, month, week or day, whichever keeps a cluster wide enough to read),
// and a density strip shows counts per few pixels. Counting uses binary searches on sorted starts, so
// the work grows with the number of bins on screen, never with the number of events.
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { bisect, type TimeIndex, type Work } from './time-index';
import type { TimeScale } from './time-scale';
import type { BinUnit } from './event-labels';

export const MIN_BIN_PX = 40;
export const DENSITY_BIN_PX = 3;

const UNITS: { unit: BinUnit; interval: TimeInterval; approxMs: number }[] = [
  { unit: 'day', interval: utcDay, approxMs: 86_400_000 },
  { unit: 'week', interval: utcMonday, approxMs: 7 * 86_400_000 },
  { unit: 'month', interval: utcMonth, approxMs: 28 * 86_400_000 },
  { unit: 'year', interval: utcYear, approxMs: 365 * 86_400_000 },
];

export function binIntervalFor(scale: TimeScale): { unit: BinUnit; interval: TimeInterval } {
  const [from, to] = scale.domain().map(Number) as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const pxPerMs = (r1 - r0) / Math.max(1, to - from);
  return UNITS.find((u) => u.approxMs * pxPerMs >= MIN_BIN_PX) ?? UNITS[UNITS.length - 1]!;
}

export interface Bin {
  unit: BinUnit;
  start: number;
  end: number;
  count: number;
}

/** Bin boundaries covering [from, to]: the bin holding `from`, up to the one holding `to`. */
export function binEdges(interval: TimeInterval, from: number, to: number): number[] {
  const first = interval.floor(new Date(from)).getTime();
  const edges = interval.range(new Date(first), new Date(to + 1)).map((d) => d.getTime());
  if (edges[0] !== first) edges.unshift(first);
  edges.push(interval.offset(new Date(edges[edges.length - 1]!), 1).getTime());
  return edges;
}

/** Non-empty bins of events starting in view, counted with one binary search per edge. */
export function aggregateBins(index: TimeIndex, scale: TimeScale, work?: Work): Bin[] {
  const [from, to] = scale.domain().map(Number) as [number, number];
  const { unit, interval } = binIntervalFor(scale);
  const edges = binEdges(interval, from, to);
  const bins: Bin[] = [];
  // Each edge is searched only between the previous edge and the last: log(events in view) probes.
  let prev = bisect(index.allStarts, edges[0]!, false, work);
  const last = bisect(index.allStarts, edges[edges.length - 1]!, false, work, prev);
  for (let i = 1; i < edges.length; i++) {
    const next = bisect(index.allStarts, edges[i]!, false, work, prev, last);
    if (next > prev) bins.push({ unit, start: edges[i - 1]!, end: edges[i]!, count: next - prev });
    prev = next;
  }
  return bins;
}

/** Group already-found positions (the overflow of lane packing) into bins. O(positions). */
export function binPositions(index: TimeIndex, positions: readonly number[], scale: TimeScale): (Bin & { positions: number[] })[] {
  const { unit, interval } = binIntervalFor(scale);
  const from = +scale.domain()[0]!;
  const byStart = new Map<number, Bin & { positions: number[] }>();
  for (const p of positions) {
    // An event that began before the window counts in the first bin on screen, not a clipped one.
    const start = interval.floor(new Date(Math.max(index.starts[p]!, from))).getTime();
    let bin = byStart.get(start);
    if (!bin) {
      bin = { unit, start, end: interval.offset(new Date(start), 1).getTime(), count: 0, positions: [] };
      byStart.set(start, bin);
    }
    bin.count++;
    bin.positions.push(p);
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/** Counts of events starting in each DENSITY_BIN_PX-wide column of the plot. */
export function densityColumns(index: TimeIndex, scale: TimeScale, work?: Work): Uint32Array {
  const [r0, r1] = scale.range() as [number, number];
  const columns = Math.max(1, Math.ceil((r1 - r0) / DENSITY_BIN_PX));
  const counts = new Uint32Array(columns);
  let prev = bisect(index.allStarts, +scale.invert(r0), false, work);
  const last = bisect(index.allStarts, +scale.invert(r0 + columns * DENSITY_BIN_PX), false, work, prev);
  for (let c = 0; c < columns; c++) {
    const next = bisect(index.allStarts, +scale.invert(r0 + (c + 1) * DENSITY_BIN_PX), false, work, prev, last);
    counts[c] = next - prev;
    prev = next;
  }
  return counts;
}
