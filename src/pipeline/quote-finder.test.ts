import { describe, expect, it } from 'vitest';
import { QuoteFinder } from './quote-finder';

describe('QuoteFinder', () => {
  const text = 'The talks were held\nin Moscow on June 19.  Both sides agreed.\r\nThe talks were held again.';

  it('finds an exact quote and returns offsets into the real text', () => {
    const match = new QuoteFinder(text).find('in Moscow on June 19.');
    expect(match).toEqual({ kind: 'found', start: 20, end: 41 });
    if (match.kind === 'found') expect(text.slice(match.start, match.end)).toBe('in Moscow on June 19.');
  });

  it('matches a quote that spans a line break, written with the break or with a space', () => {
    for (const quote of ['held\nin Moscow', 'held in Moscow', 'held  \n in   Moscow']) {
      const match = new QuoteFinder(text).find(quote);
      expect(match.kind).toBe('found');
      if (match.kind === 'found') expect(text.slice(match.start, match.end)).toBe('held\nin Moscow');
    }
  });

  it('treats a run of spaces in the text as equal to one space in the quote', () => {
    const match = new QuoteFinder(text).find('June 19. Both sides');
    expect(match.kind === 'found' && text.slice(match.start, match.end)).toBe('June 19.  Both sides');
  });

  it('reports a missing quote, and does not ignore case or letters', () => {
    expect(new QuoteFinder(text).find('in moscow on June 19')).toEqual({ kind: 'missing' });
    expect(new QuoteFinder(text).find('Hanoi')).toEqual({ kind: 'missing' });
  });

  it('reports a quote found more than once with its count', () => {
    expect(new QuoteFinder(text).find('The talks were held')).toEqual({ kind: 'ambiguous', count: 2 });
  });

  it('works on text with a surrogate pair and text ending in whitespace', () => {
    const emoji = 'Flag 🇻🇳 raised.\n';
    const match = new QuoteFinder(emoji).find('🇻🇳 raised.');
    expect(match.kind === 'found' && emoji.slice(match.start, match.end)).toBe('🇻🇳 raised.');
  });
});
