import { describe, expect, it } from 'vitest';
import { buildNodeHitIndex, distanceToSegment, hitEdge, hitNode } from './hit-test';

describe('hitNode', () => {
  const xy = [0, 0, 30, 0, 100, 100, 35, 0];
  const radii = [5, 10, 5, 2];
  const index = buildNodeHitIndex(xy, radii, [0, 1, 2]); // node 3 is hidden

  it('finds the node under the pointer', () => {
    expect(hitNode(index, 1, 1, 0)).toBe(0);
    expect(hitNode(index, 100, 104, 0)).toBe(2);
  });

  it('respects the radius plus tolerance', () => {
    expect(hitNode(index, 0, 7, 0)).toBe(-1);
    expect(hitNode(index, 0, 7, 3)).toBe(0);
  });

  it('ignores nodes that are not visible', () => {
    expect(hitNode(index, 35, 0, 0)).toBe(1); // inside node 1's 10-unit radius, and node 3 is hidden
    expect(hitNode(buildNodeHitIndex(xy, radii, [3]), 35, 0, 0)).toBe(3);
  });

  it('returns -1 on an empty index', () => {
    expect(hitNode(buildNodeHitIndex(xy, radii, []), 0, 0, 10)).toBe(-1);
  });
});

describe('hitEdge', () => {
  const xy = [0, 0, 100, 0, 0, 100];
  const source = [0, 0];
  const target = [1, 2];

  it('measures the distance to a segment, clamped at its ends', () => {
    expect(distanceToSegment(50, 5, 0, 0, 100, 0)).toBe(5);
    expect(distanceToSegment(110, 0, 0, 0, 100, 0)).toBe(10);
  });

  it('picks the nearest visible edge within tolerance', () => {
    expect(hitEdge(xy, source, target, [0, 1], 50, 2, 4)).toBe(0);
    expect(hitEdge(xy, source, target, [0, 1], 2, 50, 4)).toBe(1);
    expect(hitEdge(xy, source, target, [1], 50, 2, 4)).toBe(-1);
    expect(hitEdge(xy, source, target, [0, 1], 50, 50, 4)).toBe(-1);
  });
});
