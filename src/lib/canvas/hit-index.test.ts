import { describe, expect, it } from 'vitest';
import { buildHitIndex, nearestHit } from './hit-index';
import { gapTo, nearestShape, type HitShape } from './hit-shape';

const box = (item: string, x: number, y: number, rx: number, ry: number): HitShape<string> => ({ item, x, y, rx, ry, round: false });
const disc = (item: string, x: number, y: number, r: number): HitShape<string> => ({ item, x, y, rx: r, ry: r, round: true });

describe('gapTo', () => {
  it('is 0 inside and the distance to the outline outside', () => {
    expect(gapTo(box('a', 0, 0, 10, 5), 3, 2)).toBe(0);
    expect(gapTo(box('a', 0, 0, 10, 5), 13, 9)).toBe(5);
    expect(gapTo(disc('a', 0, 0, 5), 8, 0)).toBe(3);
  });
});

describe('nearestHit', () => {
  it('picks the mark a tap is nearest to among overlapping 24 px targets', () => {
    // Two thin marks 10 px apart whose 24 px targets overlap: each tap goes to the nearer mark.
    const shapes = [box('left', 100, 50, 12, 12), box('right', 110, 50, 12, 12)];
    const index = buildHitIndex(shapes);
    for (const [x, want] of [[101, 'left'], [109, 'right'], [106, 'right'], [104, 'left']] as const) {
      expect(nearestHit(index, x, 50, 0)).toBe(want);
      expect(nearestShape(shapes, x, 50, 0)).toBe(want);
    }
  });
  it('reaches within the tolerance and no further', () => {
    const index = buildHitIndex([disc('a', 0, 0, 5), disc('b', 100, 100, 5)]);
    expect(nearestHit(index, 0, 8, 2)).toBeNull();
    expect(nearestHit(index, 0, 8, 3)).toBe('a');
    expect(nearestHit(index, 97, 100, 0)).toBe('b');
  });
  it('answers null on an empty index', () => {
    expect(nearestHit(buildHitIndex<string>([]), 0, 0, 50)).toBeNull();
  });
});
