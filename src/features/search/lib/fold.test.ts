import { describe, expect, it } from 'vitest';
import { findHits, findQueryHits, foldWord, queryTerms, words } from './fold';

describe('foldWord', () => {
  it('ignores case and Vietnamese diacritics, đ included', () => {
    expect(foldWord('Lương')).toBe('luong');
    expect(foldWord('Cường')).toBe('cuong');
    expect(foldWord('Đà')).toBe('da');
    expect(foldWord('đ')).toBe('d');
    expect(foldWord('Văn')).toBe('van');
  });

  it('folds decomposed text the same as composed text', () => {
    expect(foldWord('Văn'.normalize('NFD'))).toBe(foldWord('Văn'.normalize('NFC')));
  });

  it('keeps Cyrillic as Cyrillic, lower-cased', () => {
    expect(foldWord('Фомин')).toBe('фомин');
    expect(foldWord('ШОЙГУ')).toBe('шойгу'.normalize('NFD').replace(/\p{M}/gu, ''));
  });
});

describe('words', () => {
  it('keeps the original offsets of each word, even when folding changes its length', () => {
    const text = 'Gen. Phan Văn Giang met Lương Cường.';
    for (const w of words(text)) expect(foldWord(text.slice(w.start, w.end))).toBe(w.term);
    expect(words(text).map((w) => w.term)).toEqual(['gen', 'phan', 'van', 'giang', 'met', 'luong', 'cuong']);
  });

  it('does not split a decomposed word at its combining marks', () => {
    const nfd = 'Phan Văn Giang'.normalize('NFD');
    expect(words(nfd).map((w) => w.term)).toEqual(['phan', 'van', 'giang']);
    const van = words(nfd)[1]!;
    expect(nfd.slice(van.start, van.end)).toBe('Văn'.normalize('NFD'));
  });

  it('treats punctuation as a separator', () => {
    expect(words('Vietnam–Russia Tropical Centre (Army-2024)').map((w) => w.term)).toEqual(['vietnam', 'russia', 'tropical', 'centre', 'army', '2024']);
  });
});

describe('findHits', () => {
  it('"phan van giang" and "Phan Văn Giang" find the same spans', () => {
    const text = 'Phan Văn Giang, then Phan Van Giang again.';
    expect(findQueryHits(text, 'phan van giang')).toEqual(findQueryHits(text, 'Phan Văn Giang'));
    expect(findQueryHits(text, 'phan van giang')).toHaveLength(6);
  });

  it('matches word prefixes only, mapping to exact spans', () => {
    const text = 'The Vietnam-Russia Tropical Center and the tropics.';
    const hits = findHits(text, queryTerms('tropic'));
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Tropical', 'tropics']);
    expect(findHits(text, queryTerms('ical'))).toEqual([]);
  });

  it('treats hostile queries as words, never as patterns', () => {
    expect(queryTerms('.*+?^${}()|[]\\')).toEqual([]);
    expect(findQueryHits('a.b (c)', '(c)')).toEqual([{ start: 5, end: 6 }]);
    expect(queryTerms('<script>alert(1)</script>')).toEqual(['script', 'alert', '1']);
    expect(() => findQueryHits('text', '\uD800\uDC00\uD800')).not.toThrow();
  });

  it('stops at the limit on long texts', () => {
    expect(findHits('a '.repeat(5000), ['a'], 10)).toHaveLength(10);
  });

  it('marks as the search matches: one letter only as a whole word, in article text prefixes from three letters', () => {
    expect(findHits('G. Giang gave', ['g'])).toEqual([{ start: 0, end: 1 }]);
    expect(findHits('G. Giang gave', ['gi'])).toEqual([{ start: 3, end: 8 }]);
    expect(findQueryHits('G. Giang gave', 'gi')).toEqual([]);
    expect(findQueryHits('G. Giang gave', 'gia')).toEqual([{ start: 3, end: 8 }]);
  });
});
