import { describe, expect, it } from 'vitest';
import { placeBeside } from './place-beside';

const box = { width: 200, height: 80 };
const stage = { width: 600, height: 240 };

describe('placeBeside', () => {
  it('puts the box under the node when it fits there, centred across it', () => {
    expect(placeBeside(300, 50, 10, box, stage)).toEqual({ left: 200, top: 68 });
  });

  it('puts it over the node when the room under it is too short', () => {
    // Under the node it would reach 120 + 10 + 8 + 80 = 218 ≤ 236: fits; at 160 it does not.
    expect(placeBeside(300, 120, 10, box, stage).top).toBe(138);
    expect(placeBeside(300, 160, 10, box, stage)).toEqual({ left: 200, top: 62 });
  });

  it('keeps it inside a stage too short for either side, and inside the left and right edges', () => {
    const low = { width: 600, height: 120 };
    const placed = placeBeside(10, 60, 10, box, low);
    expect(placed.left).toBe(4);
    expect(placed.top).toBeGreaterThanOrEqual(4);
    expect(placed.top + box.height).toBeLessThanOrEqual(low.height - 4);
    expect(placeBeside(595, 50, 10, box, stage).left).toBe(396);
  });
});
