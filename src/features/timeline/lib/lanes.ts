// Interval packing in pixel space. Marks get a minimum width (a one-day event is a fraction of a pixel
// at seven years) and, when the lanes allow, room for their title. Short (precisely dated) marks are
// placed first, so a few month-long uncertain spans cannot take every lane from the day-dated events
// they cover; each mark goes to the first lane where it overlaps nothing. What fits nowhere overflows
// (and is aggregated).
import { bisectRight } from 'd3-array';

export interface PackInput {
  x0: number;
  x1: number;
}

export interface PackOptions {
  maxLanes: number;
  minWidth: number;
  /** Pixels left free between two marks in a lane. */
  gap: number;
  /** Room reserved after each mark for its title; packing retries without it when lanes run out. */
  labelRoom: number;
  /** The plot's right edge: a mark too close to it keeps its title room on its left instead. */
  limit?: number;
}

export interface PackResult {
  /** Lane of each input, or -1 when it overflowed. */
  lanes: Int16Array;
  /** The drawn right edge of each mark (x0 + at least minWidth). */
  right: Float64Array;
  /** 1 where the title goes left of the mark (near the right edge). */
  labelLeft: Uint8Array;
  /** Whether the title room was kept (true) or given up to fit more marks (false). */
  withLabels: boolean;
  overflow: number;
  lanesUsed: number;
}

/** One lane's occupied intervals, sorted by start (they never overlap). */
interface Lane {
  starts: number[];
  ends: number[];
}

function firstStartAfter(lane: Lane, x: number): number {
  return bisectRight(lane.starts, x);
}

function fits(lane: Lane, x0: number, end: number, gap: number): boolean {
  const i = firstStartAfter(lane, x0);
  if (i > 0 && lane.ends[i - 1]! + gap > x0) return false;
  return i === lane.starts.length || lane.starts[i]! >= end + gap;
}

function insert(lane: Lane, x0: number, end: number): void {
  const i = firstStartAfter(lane, x0);
  lane.starts.splice(i, 0, x0);
  lane.ends.splice(i, 0, end);
}

/** Placement order: `first` (pinned items), then narrowest first (precise dates win lanes), then left to right. */
export function packOrder(items: readonly PackInput[], first: readonly number[] = []): Int32Array {
  const pinned = new Set(first);
  const rest = Int32Array.from(items.keys()).filter((i) => !pinned.has(i));
  const sorted = rest.sort((a, b) => {
    const wa = items[a]!.x1 - items[a]!.x0;
    const wb = items[b]!.x1 - items[b]!.x0;
    return wa - wb || items[a]!.x0 - items[b]!.x0 || a - b;
  });
  return Int32Array.from([...first.filter((i) => i >= 0 && i < items.length), ...sorted]);
}

function packOnce(items: readonly PackInput[], order: Int32Array, opts: PackOptions, labelRoom: number): PackResult {
  const lanes = new Int16Array(items.length).fill(-1);
  const right = new Float64Array(items.length);
  const labelLeft = new Uint8Array(items.length);
  const limit = opts.limit ?? Infinity;
  const taken: Lane[] = [];
  let overflow = 0;
  for (const i of order) {
    const item = items[i]!;
    const r = Math.max(item.x1, item.x0 + opts.minWidth);
    right[i] = r;
    // Titles run longer than the reserved room: switch sides a little before the edge.
    const left = r + opts.labelRoom * 1.6 > limit;
    labelLeft[i] = left ? 1 : 0;
    const start = left ? item.x0 - labelRoom : item.x0;
    const end = left ? r : r + labelRoom;
    let lane = taken.findIndex((l) => fits(l, start, end, opts.gap));
    if (lane === -1 && taken.length < opts.maxLanes) {
      lane = taken.length;
      taken.push({ starts: [], ends: [] });
    }
    if (lane === -1) {
      overflow++;
      continue;
    }
    lanes[i] = lane;
    insert(taken[lane]!, start, end);
  }
  return { lanes, right, labelLeft, withLabels: labelRoom > 0, overflow, lanesUsed: taken.length };
}

/**
 * Pack items. O(items × maxLanes × log(items)) plus small splices. Items in `pinned` (the selected
 * event, the keyboard's target) are sure to get a lane: if one overflowed, packing reruns with them first.
 */
export function packLanes(items: readonly PackInput[], opts: PackOptions, pinned: readonly number[] = []): PackResult {
  const result = packWithOrder(items, packOrder(items), opts);
  if (pinned.every((i) => result.lanes[i] !== -1)) return result;
  return packWithOrder(items, packOrder(items, pinned), opts);
}

function packWithOrder(items: readonly PackInput[], order: Int32Array, opts: PackOptions): PackResult {
  if (opts.labelRoom > 0) {
    const withRoom = packOnce(items, order, opts, opts.labelRoom);
    if (withRoom.overflow === 0) return withRoom;
  }
  return packOnce(items, order, opts, 0);
}

/**
 * Free pixels beside each placed mark for its title (after it, or before it when `labelLeft`), up to
 * the neighbouring marks in its lane; two titles facing each other share the gap. Drawn clipped.
 */
export function titleRoom(pack: PackResult, items: readonly PackInput[], limit: number): Float64Array {
  const room = new Float64Array(items.length);
  const byLane = new Map<number, number[]>();
  pack.lanes.forEach((lane, i) => {
    if (lane < 0) return;
    const list = byLane.get(lane);
    if (list) list.push(i);
    else byLane.set(lane, [i]);
  });
  for (const list of byLane.values()) {
    list.sort((a, b) => items[a]!.x0 - items[b]!.x0);
    list.forEach((i, k) => {
      const left = pack.labelLeft[i] === 1;
      if (left) {
        const prev = k > 0 ? list[k - 1]! : -1;
        const gap = items[i]!.x0 - (prev >= 0 ? pack.right[prev]! : 0);
        room[i] = Math.max(0, prev >= 0 && pack.labelLeft[prev] === 0 ? gap / 2 : gap);
      } else {
        const next = k + 1 < list.length ? list[k + 1]! : -1;
        const gap = (next >= 0 ? items[next]!.x0 : limit) - pack.right[i]!;
        room[i] = Math.max(0, next >= 0 && pack.labelLeft[next] === 1 ? gap / 2 : gap);
      }
    });
  }
  return room;
}
