import { describe, expect, it } from 'vitest';
import { overlayShift, shiftTransform } from './overlay-shift';
import { windowScale } from './time-scale';

const DAY = 86_400_000;
const t0 = Date.UTC(2019, 0, 1);

describe('overlayShift', () => {
  it('is null when the window and width did not change', () => {
    const a = windowScale({ from: t0, to: t0 + 100 * DAY }, 800);
    expect(overlayShift(a, windowScale({ from: t0, to: t0 + 100 * DAY }, 800))).toBeNull();
    expect(shiftTransform(null)).toBeUndefined();
  });

  it('maps every pixel of the old layout to where the same instant is drawn now (zoom and pan)', () => {
    const old = windowScale({ from: t0, to: t0 + 100 * DAY }, 800);
    const now = windowScale({ from: t0 + 20 * DAY, to: t0 + 70 * DAY }, 800);
    const shift = overlayShift(old, now)!;
    for (const day of [0, 13, 20, 45, 70, 99]) {
      const t = t0 + day * DAY;
      expect(shift.dx + shift.scale * old(t)).toBeCloseTo(now(t), 6);
    }
    expect(shift.scale).toBeCloseTo(2, 6);
    expect(shiftTransform(shift)).toBe(`translateX(${shift.dx}px) scaleX(${shift.scale})`);
  });
});
