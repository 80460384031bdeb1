// Greedy interval packing in pixel space: each mark goes to the first lane free at its left edge.
// Marks get a minimum width (a one-day event is a fraction of a pixel at seven years) and, when the
// lanes allow, room for their title; what does not fit in any lane overflows (and is aggregated).

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
}

export interface PackResult {
  /** Lane of each input, or -1 when it overflowed. */
  lanes: Int16Array;
  /** The drawn right edge of each mark (x0 + at least minWidth). */
  right: Float64Array;
  /** Whether the title room was kept (true) or given up to fit more marks (false). */
  withLabels: boolean;
  overflow: number;
  lanesUsed: number;
}

function packOnce(items: readonly PackInput[], opts: PackOptions, labelRoom: number): PackResult {
  const lanes = new Int16Array(items.length);
  const right = new Float64Array(items.length);
  const laneEnds: number[] = [];
  let overflow = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const r = Math.max(item.x1, item.x0 + opts.minWidth);
    right[i] = r;
    let lane = -1;
    for (let l = 0; l < laneEnds.length; l++) {
      if (laneEnds[l]! + opts.gap <= item.x0) {
        lane = l;
        break;
      }
    }
    if (lane === -1 && laneEnds.length < opts.maxLanes) {
      lane = laneEnds.length;
      laneEnds.push(0);
    }
    lanes[i] = lane;
    if (lane === -1) overflow++;
    else laneEnds[lane] = r + labelRoom;
  }
  return { lanes, right, withLabels: labelRoom > 0, overflow, lanesUsed: laneEnds.length };
}

/** Pack items (sorted by x0). O(items × maxLanes). */
export function packLanes(items: readonly PackInput[], opts: PackOptions): PackResult {
  if (opts.labelRoom > 0) {
    const withRoom = packOnce(items, opts, opts.labelRoom);
    if (withRoom.overflow === 0) return withRoom;
  }
  return packOnce(items, opts, 0);
}

/**
 * Free pixels after each placed mark until the next mark in its lane (or the edge `limit`): where a
 * title may be drawn, clipped.
 */
export function titleRoom(pack: PackResult, items: readonly PackInput[], limit: number): Float64Array {
  const room = new Float64Array(items.length);
  const nextStart = new Map<number, number>();
  for (let i = items.length - 1; i >= 0; i--) {
    const lane = pack.lanes[i]!;
    if (lane < 0) continue;
    const next = nextStart.get(lane) ?? limit;
    room[i] = Math.max(0, next - pack.right[i]!);
    nextStart.set(lane, items[i]!.x0);
  }
  return room;
}
