import { describe, expect, it } from 'vitest';
import { cssTransformBetween, isHeavyScene, sameView, tieStroke, tieWeightClass } from './scene-cost';

describe('tieStroke', () => {
  it('keeps width for weight in a sparse picture', () => {
    expect([1, 2, 3, 7, 8, 100].map(tieWeightClass)).toEqual([1, 2, 2, 3, 4, 4]);
    expect(tieStroke(3, false, false, false)).toEqual({ width: 3, alpha: 0.55 });
    expect(tieStroke(3, false, true, false)).toEqual({ width: 3, alpha: 0.18 });
    expect(tieStroke(3, true, false, false)).toEqual({ width: 5, alpha: 1 });
  });

  it('draws a dense picture in hairlines, heavier ties more opaque, the selected ones still wide', () => {
    const alphas = [1, 2, 3, 4].map((w) => tieStroke(w, false, false, true));
    expect(alphas.every((s) => s.width === 1)).toBe(true);
    expect(alphas.map((s) => s.alpha)).toEqual([...alphas.map((s) => s.alpha)].sort((a, b) => a - b));
    expect(alphas[0]!.alpha).toBeLessThan(alphas[3]!.alpha);
    expect(tieStroke(4, false, true, true).alpha).toBeLessThan(tieStroke(1, false, false, true).alpha);
    expect(tieStroke(1, true, false, true)).toEqual({ width: 3, alpha: 1 });
  });
});

describe('isHeavyScene', () => {
  it('repaints the seed on every frame and moves the picture of 2,000 officials instead', () => {
    expect(isHeavyScene(6, 8)).toBe(false);
    expect(isHeavyScene(15_000, 2_000)).toBe(true);
  });
});

describe('cssTransformBetween', () => {
  it('maps a point drawn with one view to where the other view draws it', () => {
    const from = { k: 2, x: 10, y: -4 };
    const to = { k: 3, x: -5, y: 7 };
    const m = /translate\((.+)px, (.+)px\) scale\((.+)\)/.exec(cssTransformBetween(from, to))!;
    const [tx, ty, s] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (const [px, py] of [[0, 0], [12.5, -3], [-40, 90]] as const) {
      expect(s * (from.k * px + from.x) + tx).toBeCloseTo(to.k * px + to.x, 9);
      expect(s * (from.k * py + from.y) + ty).toBeCloseTo(to.k * py + to.y, 9);
    }
    expect(cssTransformBetween(from, from)).toBe('translate(0px, 0px) scale(1)');
    expect(sameView(from, { ...from })).toBe(true);
    expect(sameView(from, to)).toBe(false);
  });
});
