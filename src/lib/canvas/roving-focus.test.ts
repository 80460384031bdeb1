import { describe, expect, it } from 'vitest';
import { pickTabStop, rovingTarget } from './roving-focus';

describe('pickTabStop', () => {
  it('keeps the remembered stop while shown, else the preferred one, else the first', () => {
    expect(pickTabStop(['a', 'b', 'c'], 'b', 'c')).toBe('b');
    expect(pickTabStop(['a', 'b', 'c'], 'x', 'c')).toBe('c');
    expect(pickTabStop(['a', 'b', 'c'], null, 'x')).toBe('a');
    expect(pickTabStop([], 'a', 'b')).toBeNull();
  });
});

describe('rovingTarget', () => {
  it('moves with the arrows (wrapping), Home and End; ignores other keys', () => {
    const shown = [1, 2, 3];
    expect(rovingTarget(shown, 1, 'ArrowRight')).toBe(2);
    expect(rovingTarget(shown, 3, 'ArrowDown')).toBe(1);
    expect(rovingTarget(shown, 1, 'ArrowLeft')).toBe(3);
    expect(rovingTarget(shown, 2, 'Home')).toBe(1);
    expect(rovingTarget(shown, 2, 'End')).toBe(3);
    expect(rovingTarget(shown, 2, 'Enter')).toBeNull();
  });
});
