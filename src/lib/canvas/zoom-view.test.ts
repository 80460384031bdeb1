import { describe, expect, it } from 'vitest';
import { centreViewOn, IDENTITY, sameView, zoomViewAround } from './zoom-view';

describe('zoomViewAround', () => {
  it('keeps the anchor point where it is on screen', () => {
    const v = zoomViewAround({ k: 2, x: 10, y: -4 }, 1.5, 120, 80, [0.25, 16]);
    const base = { x: (120 - 10) / 2, y: (80 + 4) / 2 };
    expect(v.k).toBe(3);
    expect(v.k * base.x + v.x).toBeCloseTo(120);
    expect(v.k * base.y + v.y).toBeCloseTo(80);
  });
  it('clamps the scale to its extent', () => {
    expect(zoomViewAround(IDENTITY, 100, 0, 0, [0.25, 16]).k).toBe(16);
    expect(zoomViewAround(IDENTITY, 0.01, 0, 0, [0.25, 16]).k).toBe(0.25);
  });
});

describe('centreViewOn', () => {
  it('puts a base point at a screen point', () => {
    const v = centreViewOn({ k: 2, x: 0, y: 0 }, 30, 40, 100, 100);
    expect(v.k * 30 + v.x).toBe(100);
    expect(v.k * 40 + v.y).toBe(100);
  });
});

describe('sameView', () => {
  it('ignores differences no screen can show', () => {
    expect(sameView({ k: 1, x: 0, y: 0 }, { k: 1 + 1e-9, x: 0.001, y: 0 })).toBe(true);
    expect(sameView({ k: 1, x: 0, y: 0 }, { k: 1, x: 0.5, y: 0 })).toBe(false);
  });
});
