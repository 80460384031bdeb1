import { describe, expect, it } from 'vitest';
import { allows, keyIntent, neighbourPosition } from './keyboard-nav';

describe('keyboard navigation maths', () => {
  const all = Int32Array.from([0, 1, 2, 3, 4, 5]);
  const filtered = Int32Array.from([1, 4, 5]);

  it('walks to the next and previous event in date order', () => {
    expect(neighbourPosition(all, 2, 1)).toBe(3);
    expect(neighbourPosition(all, 2, -1)).toBe(1);
    expect(neighbourPosition(all, 5, 1)).toBeNull();
    expect(neighbourPosition(all, 0, -1)).toBeNull();
  });

  it('walks among filtered events only, even from an event outside the filter', () => {
    expect(neighbourPosition(filtered, 1, 1)).toBe(4);
    expect(neighbourPosition(filtered, 4, -1)).toBe(1);
    expect(neighbourPosition(filtered, 2, 1)).toBe(4);
    expect(neighbourPosition(filtered, 2, -1)).toBe(1);
    expect(neighbourPosition(filtered, 0, -1)).toBeNull();
  });

  it('starts from the first event in view when nothing is focused', () => {
    expect(neighbourPosition(filtered, null, 1, 2)).toBe(4);
    expect(neighbourPosition(filtered, null, -1, 2)).toBe(1);
    expect(neighbourPosition(new Int32Array(0), null, 1)).toBeNull();
  });

  it('tells whether the filter lets a position through', () => {
    expect([0, 1, 2, 4, 5, 6].map((p) => allows(filtered, p))).toEqual([false, true, false, true, true, false]);
  });

  it('maps keys to intents', () => {
    expect(['ArrowLeft', 'ArrowRight', '+', '=', '-', '0', 'Escape', 'a'].map(keyIntent)).toEqual([
      'prev', 'next', 'zoom-in', 'zoom-in', 'zoom-out', 'reset', 'clear', null,
    ]);
  });
});
