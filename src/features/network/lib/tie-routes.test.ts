import { describe, expect, it } from 'vitest';
import { combineRoutes, curvePoint, routeTies, segmentMeetsBox, strongestFirst, type RouteWork } from './tie-routes';

// Nodes: 0 at (0, 0), 1 at (100, 0), 2 just off the line between them, 3 far away.
const xy = [0, 0, 100, 0, 50, 3, 50, 80];
const radii = [5, 5, 6, 5];
const source = [0, 0, 2];
const target = [1, 3, 3];

function clearanceAlong(q: [number, number], node: number): number {
  let min = Infinity;
  for (let i = 0; i <= 100; i++) {
    const [x, y] = curvePoint(0, 0, q[0], q[1], 100, 0, i / 100);
    min = Math.min(min, Math.hypot(x - xy[node * 2]!, y - xy[node * 2 + 1]!));
  }
  return min;
}

describe('routeTies', () => {
  const routes = routeTies({ xy, radii, nodes: [0, 1, 2, 3], source, target, edges: [0, 1, 2], margin: 4 });

  it('bends a tie that would run through a node it does not join, clear of that node', () => {
    const q = routes.get(0)!;
    expect(q).toBeDefined();
    expect(clearanceAlong(q, 2)).toBeGreaterThanOrEqual(radii[2]! + 4 - 0.5);
    // Round the near side: node 2 sits above the line (y = 3), so the tie dips below it.
    expect(q[1]).toBeLessThan(0);
  });

  it('leaves ties with a clear path straight', () => {
    expect(routes.has(1)).toBe(false);
    expect(routes.has(2)).toBe(false);
  });

  it('ignores nodes that are not drawn', () => {
    const hidden = routeTies({ xy, radii, nodes: [0, 1, 3], source, target, edges: [0], margin: 4 });
    expect(hidden.size).toBe(0);
  });
});

describe('routing a dense picture', () => {
  // A 30 × 30 grid of nodes 10 apart (radius 3), and ties from corner to corner and along a row.
  const side = 30;
  const grid: number[] = [];
  for (let y = 0; y < side; y++) for (let x = 0; x < side; x++) grid.push(x * 10, y * 10);
  const n = side * side;
  const gridRadii = new Array<number>(n).fill(3);
  const all = Array.from({ length: n }, (_, v) => v);
  const corner = (x: number, y: number) => y * side + x;
  const ties = { source: [corner(0, 0), corner(0, side - 1), corner(0, 5)], target: [corner(side - 1, side - 1), corner(side - 1, 0), corner(side - 1, 5)] };

  it('tests only the nodes along a tie, not every node in its bounding box', () => {
    const work: RouteWork = { cells: 0, nodes: 0 };
    const routes = routeTies({ xy: grid, radii: gridRadii, nodes: all, ...ties, edges: [0], margin: 2 }, work);
    // The diagonal's bounding box holds all 900 nodes; its corridor (5 units either side) about 30 × 3.
    expect(routes.has(0)).toBe(true);
    expect(work.nodes).toBeGreaterThanOrEqual(side - 2);
    expect(work.nodes).toBeLessThan(200);
  });

  it('stops at the budget, having routed the ties in the order given', () => {
    const work: RouteWork = { cells: 0, nodes: 0 };
    const routes = routeTies({ xy: grid, radii: gridRadii, nodes: all, ...ties, edges: [2, 0, 1], margin: 2, budget: 1 }, work);
    // The first tie spends the budget: it is routed, the two after it are drawn straight.
    expect([...routes.keys()]).toEqual([2]);
    const everything = routeTies({ xy: grid, radii: gridRadii, nodes: all, ...ties, edges: [2, 0, 1], margin: 2 });
    expect([...everything.keys()].sort()).toEqual([0, 1, 2]);
    expect(everything.get(2)).toEqual(routes.get(2));
  });

  it('orders ties strongest first, ties of equal strength by id', () => {
    expect(Array.from(strongestFirst([4, 1, 3, 2], [0, 5, 1, 5, 2]))).toEqual([1, 3, 4, 2]);
  });

  it('tells whether a segment crosses a box', () => {
    expect(segmentMeetsBox(0, 0, 100, 100, 40, 40, 60, 60)).toBe(true);
    expect(segmentMeetsBox(0, 0, 100, 0, 40, 5, 60, 20)).toBe(false);
    // The box is beside the segment's bounding box's corner, not on the line.
    expect(segmentMeetsBox(0, 0, 100, 100, 70, 0, 100, 20)).toBe(false);
    expect(segmentMeetsBox(0, 0, 0, 100, -1, 50, 1, 51)).toBe(true);
    expect(segmentMeetsBox(0, 0, 10, 0, 20, -1, 30, 1)).toBe(false);
  });
});

describe('combineRoutes', () => {
  const drawn = new Map<number, [number, number]>([
    [0, [50, 20]],
    [2, [60, 40]],
  ]);
  it('keeps the drawn routes as they are when nothing is emphasised or dragged', () => {
    expect(combineRoutes(drawn, new Map(), null, source, target)).toBe(drawn);
  });

  it('lets the emphasised routes win, and draws a dragged node’s ties straight', () => {
    const emphasised = new Map<number, [number, number]>([[0, [50, -20]]]);
    expect([...combineRoutes(drawn, emphasised, null, source, target)]).toEqual([
      [0, [50, -20]],
      [2, [60, 40]],
    ]);
    // Node 3 is dragged: tie 2 (2–3) is its own; tie 0 (0–1) is not.
    expect([...combineRoutes(drawn, emphasised, 3, source, target)]).toEqual([[0, [50, -20]]]);
    expect([...combineRoutes(drawn, new Map(), 0, source, target)]).toEqual([[2, [60, 40]]]);
  });
});
