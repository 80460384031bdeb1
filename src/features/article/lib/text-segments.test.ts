import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../data/schema';
import { segmentText, type TextRun } from './text-segments';

/** A compact picture of the runs: [mark] and {official} around their text. */
function picture(runs: TextRun[]): string {
  return runs
    .map((run) => {
      const inner = run.pieces.map((p) => (p.officialId ? `{${p.text}}` : p.organizationId ? `(${p.text})` : p.text)).join('');
      return run.mark === null ? inner : `[${inner}]`;
    })
    .join('');
}

const official = (start: number, end: number, officialId = 'o'): Mention => ({ start, end, officialId });

describe('segmentText', () => {
  const text = 'General Giang met Shoigu in Moscow.';

  it('returns the whole text as one plain run when there is nothing to mark', () => {
    const runs = segmentText(text, [], []);
    expect(runs).toEqual([{ mark: null, pieces: [{ start: 0, end: text.length, text }] }]);
  });

  it('wraps evidence in marks and mentions in links, keeping every character once', () => {
    const runs = segmentText(text, [{ start: 0, end: 24 }], [official(8, 13), official(18, 24), { start: 28, end: 34, organizationId: 'x' }]);
    expect(picture(runs)).toBe('[General {Giang} met {Shoigu}] in (Moscow).');
    expect(runs.flatMap((r) => r.pieces.map((p) => p.text)).join('')).toBe(text);
    expect(runs[0]!.mark).toBe(0);
  });

  it('splits a mention that straddles the edge of a mark, keeping both halves a mention', () => {
    const runs = segmentText(text, [{ start: 0, end: 10 }], [official(8, 13)]);
    expect(picture(runs)).toBe('[General {Gi}]{ang} met Shoigu in Moscow.');
  });

  it('merges overlapping marks and numbers separate ones in order', () => {
    const runs = segmentText(text, [{ start: 18, end: 24 }, { start: 0, end: 7 }, { start: 3, end: 13 }], []);
    expect(picture(runs)).toBe('[General Giang] met [Shoigu] in Moscow.');
    expect(runs.filter((r) => r.mark !== null).map((r) => r.mark)).toEqual([0, 1]);
  });

  it('keeps the earlier, longer mention when mentions overlap', () => {
    const runs = segmentText(text, [], [official(13, 16, 'b'), official(8, 13, 'a'), official(0, 13, 'c')]);
    expect(picture(runs)).toBe('{General Giang}{ me}t Shoigu in Moscow.');
    expect(runs[0]!.pieces[0]!.officialId).toBe('c');
  });

  it('clamps offsets past the end and drops empty or reversed spans', () => {
    const runs = segmentText('abc', [{ start: 1, end: 99 }, { start: 2, end: 2 }], [official(5, 9), official(2, 1)]);
    expect(picture(runs)).toBe('a[bc]');
  });

  it('handles an empty text', () => {
    expect(segmentText('', [{ start: 0, end: 3 }], [])).toEqual([]);
  });

  it('leaves markup in the text as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const runs = segmentText(hostile, [{ start: 0, end: 4 }], []);
    expect(runs.flatMap((r) => r.pieces.map((p) => p.text)).join('')).toBe(hostile);
  });
});
