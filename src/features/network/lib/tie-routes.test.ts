import { describe, expect, it } from 'vitest';
import { curvePoint, routeTies } from './tie-routes';

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
