import { describe, expect, it } from 'vitest';
import { diagnoseMissingQuote, formatMissingQuote, QuoteFinder } from './quote-finder';

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

describe('diagnoseMissingQuote and formatMissingQuote', () => {
  const article = 'HANOI, May 4\nThe minister’s visit — the first since 2019 — ended in Hanoi.\nBoth sides\u00a0agreed to meet again.';

  it('finds the nearest passage and names a straight apostrophe where the article has a curly one', () => {
    const quote = "The minister's visit";
    const diagnosis = diagnoseMissingQuote(article, quote);
    expect(diagnosis?.passage).toBe('The minister’s visit');
    expect(diagnosis?.line).toBe(2);
    expect(diagnosis?.difference).toEqual({ index: 12, quoteChar: "'", textChar: '’', culprit: 'curly against straight apostrophe' });
  });

  it('names a hyphen typed for a dash, and a plain space typed for a non-breaking one', () => {
    expect(diagnoseMissingQuote(article, 'visit - the first since 2019')?.difference?.culprit).toBe('dash against hyphen (- – — ‑ −)');
    expect(diagnoseMissingQuote(article, 'Both sides agreed to meet')?.difference?.culprit).toBe('a non-breaking space');
  });

  it('names a line break that the quote runs over', () => {
    const diagnosis = diagnoseMissingQuote(article, 'in Hanoi.Both sides');
    expect(diagnosis?.passage).toBe('in Hanoi.\nBoth sides');
    expect(diagnosis?.difference).toMatchObject({ index: 9, quoteChar: 'B', textChar: '\n', culprit: 'a line break' });
  });

  it('finds the passage by its beginning and its end when the quote is wrong in the middle', () => {
    const diagnosis = diagnoseMissingQuote(article, 'The ministers visit — the first since 2019 — ended in Hanoi.');
    expect(diagnosis?.passage).toBe('The minister’s visit — the first since 2019 — ended in Hanoi.');
    expect(diagnosis?.difference).toEqual({ index: 12, quoteChar: 's', textChar: '’' });
    expect(diagnosis?.line).toBe(2);
  });

  it('prints the whole quote, the nearest passage with its line, and the first difference', () => {
    const long = `${'The minister’s visit — the first since 2019 — ended in Hanoi.'.replace('’', "'")}`;
    const message = formatMissingQuote(article, long);
    expect(message).toBe(
      [
        `  quote:   "The minister's visit — the first since 2019 — ended in Hanoi."`,
        `  nearest: "The minister’s visit — the first since 2019 — ended in Hanoi." (article line 2)`,
        `  first difference at character 13 of the quote, after "The minister": the quote has "'" (U+0027) where the article has "’" (U+2019) (curly against straight apostrophe)`,
      ].join('\n'),
    );
  });

  it('says when nothing in the article resembles the quote', () => {
    expect(formatMissingQuote(article, 'zzz')).toMatch(/nearest: nothing in the article resembles it/);
  });
});
