import { describe, expect, it } from 'vitest';
import { findDates, findUnknownNames, formatScan, scanArticle, type Gazetteer } from './corpus-scan';

const gazetteer: Gazetteer = {
  officials: [
    { id: 'phan-van-giang', name: 'Phan Van Giang', nativeName: 'Phan Văn Giang', country: 'VN', aliases: ['Giang'] },
    { id: 'sergei-shoigu', name: 'Sergei Shoigu', country: 'RU', aliases: ['Shoigu'] },
  ],
  organizations: [{ id: 'ru-mod', name: 'Russian Defence Ministry', country: 'RU', aliases: [] }],
};
const reference = new Date('2019-08-16T12:00:00Z');

describe('scanArticle', () => {
  const text =
    'Moscow (VNA) – General Phan Văn Giang met Sergei Shoigu of the Russian Defence Ministry on August 14.\n' +
    'The visit ran from August 13-19. Giang thanked Shoigu. They agreed on a Memorandum of Understanding until 2030.\n' +
    'Colonel General Ivan Petrov attended.';

  it('counts the known officials and organizations the article names', () => {
    const result = scanArticle(text, gazetteer, reference);
    expect(result.officials).toEqual([
      { id: 'phan-van-giang', name: 'Phan Van Giang', count: 2 },
      { id: 'sergei-shoigu', name: 'Sergei Shoigu', count: 2 },
    ]);
    expect(result.organizations).toEqual([{ id: 'ru-mod', name: 'Russian Defence Ministry', count: 1 }]);
  });

  it('resolves dates against the reference date and says which parts were implied', () => {
    expect(scanArticle(text, gazetteer, reference).dates).toEqual([
      { text: 'August 14', line: 1, date: '2019-08-14', implied: ['year'] },
      { text: 'August 13-19', line: 2, date: '2019-08-13', endDate: '2019-08-19', implied: ['year'] },
      { text: '2030', line: 2, date: '2030', implied: [] },
    ]);
    expect(findDates('Signed on 3 December 2018.', reference)).toEqual([{ text: 'on 3 December 2018', line: 1, date: '2018-12-03', implied: [] }]);
  });

  it('lists capitalised phrases it does not know, skipping known names, dates and sentence-initial words', () => {
    const names = scanArticle(text, gazetteer, reference).unknownNames.map((p) => p.phrase);
    expect(names).toEqual(expect.arrayContaining(['Moscow', 'VNA', 'General', 'Memorandum of Understanding', 'Colonel General Ivan Petrov']));
    expect(names).not.toContain('The');
    expect(names).not.toContain('They');
    expect(names.some((n) => /Giang|Shoigu|August|Defence Ministry/.test(n))).toBe(false);
  });

  it('counts a repeated unknown phrase once with its count and first line', () => {
    expect(findUnknownNames('Hanoi hosted it.\nIn Hanoi, again.', [])).toEqual([{ phrase: 'Hanoi', count: 2, line: 1 }]);
  });

  it('formats a readable report', () => {
    const report = formatScan(scanArticle(text, gazetteer, reference), 'article.txt');
    expect(report).toContain('phan-van-giang (Phan Van Giang) ×2');
    expect(report).toContain('line 2: 2019-08-13..2019-08-19  "August 13-19"  (year implied)');
    expect(report).toContain('Colonel General Ivan Petrov ×1');
  });
});
