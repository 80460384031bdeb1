import { describe, expect, it } from 'vitest';
import { packLanes, titleRoom } from './lanes';

const opts = { maxLanes: 3, minWidth: 10, gap: 2, labelRoom: 50 };

describe('lane packing', () => {
  it('puts non-overlapping marks in one lane and keeps title room when it can', () => {
    const items = [{ x0: 0, x1: 1 }, { x0: 100, x1: 101 }, { x0: 200, x1: 201 }];
    const pack = packLanes(items, opts);
    expect([...pack.lanes]).toEqual([0, 0, 0]);
    expect(pack.withLabels).toBe(true);
    expect([...titleRoom(pack, items, 300)]).toEqual([90, 90, 90]);
  });

  it('stacks overlapping marks into lanes and gives up title room before overflowing', () => {
    const items = [{ x0: 0, x1: 1 }, { x0: 20, x1: 21 }, { x0: 40, x1: 41 }, { x0: 60, x1: 61 }];
    const pack = packLanes(items, opts);
    expect(pack.overflow).toBe(0);
    expect(pack.withLabels).toBe(false);
    expect([...pack.lanes]).toEqual([0, 0, 0, 0]);
  });

  it('overflows only when every lane is taken', () => {
    const items = Array.from({ length: 5 }, () => ({ x0: 10, x1: 12 }));
    const pack = packLanes(items, opts);
    expect([...pack.lanes]).toEqual([0, 1, 2, -1, -1]);
    expect(pack.overflow).toBe(2);
    expect(pack.right[0]).toBe(20);
  });

  it('keeps a long span in its lane until it ends, after the short marks are placed', () => {
    const items = [{ x0: 0, x1: 300 }, { x0: 50, x1: 51 }, { x0: 310, x1: 311 }];
    const pack = packLanes(items, { ...opts, labelRoom: 0 });
    expect([...pack.lanes]).toEqual([1, 0, 0]);
  });

  it('does not let long uncertain spans take every lane from precisely dated marks', () => {
    const long = Array.from({ length: 3 }, () => ({ x0: -500, x1: 2000 }));
    const days = [{ x0: 100, x1: 300 }, { x0: 300, x1: 500 }, { x0: 500, x1: 700 }, { x0: 500, x1: 700 }];
    const pack = packLanes([...long, ...days], { ...opts, labelRoom: 0 });
    expect([...pack.lanes.slice(3)].every((l) => l >= 0)).toBe(true);
    expect([...pack.lanes.slice(0, 3)]).toEqual([-1, -1, -1]);
  });

  it('keeps title room on the left of marks near the right edge', () => {
    const items = [{ x0: 100, x1: 101 }, { x0: 380, x1: 381 }];
    const pack = packLanes(items, { ...opts, labelRoom: 50, limit: 400 });
    expect([...pack.labelLeft]).toEqual([0, 1]);
    expect([...pack.lanes]).toEqual([0, 0]);
    // The gap between them (110 → 380) is shared by the two facing titles.
    expect([...titleRoom(pack, items, 400)]).toEqual([135, 135]);
  });

  it('gives pinned items a lane even when they would overflow', () => {
    const items = Array.from({ length: 5 }, () => ({ x0: 10, x1: 12 }));
    const pack = packLanes(items, opts, [4]);
    expect(pack.lanes[4]).toBeGreaterThanOrEqual(0);
    expect(pack.overflow).toBe(2);
    // Nothing pinned overflowed: the usual order stands.
    expect([...packLanes(items, opts, [1]).lanes]).toEqual([0, 1, 2, -1, -1]);
  });
});
