import { describe, expect, it } from 'vitest';
import { groupThousands } from './format-count';

describe('groupThousands', () => {
  it('groups digits in threes from the right, like en-GB', () => {
    for (const n of [0, 7, 42, 999, 1000, 15_000, 123_456, 1_234_567, 50_000_000]) {
      expect(groupThousands(n)).toBe(n.toLocaleString('en-GB'));
    }
  });
  it('keeps the sign and drops fractions', () => {
    expect(groupThousands(-1234)).toBe('-1,234');
    expect(groupThousands(1234.9)).toBe('1,234');
  });
});
