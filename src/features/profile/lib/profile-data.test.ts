import { describe, expect, it } from 'vitest';
import { TEST_CORPUS_INFO, testEvent } from '../../../data/test-corpus-info';
import { buildDatasetIndex } from '../../../data/dataset-index';
import type { ArticleMeta, Dataset, Role } from '../../../data/schema';
import { asOfText, profileData } from './profile-data';

const role = (title: string, asOf: string, articleId = 'a1'): Role => ({ title, organizationId: null, asOf, articleId, start: 0, end: 5 });
const ev = (id: string, date: string, officialIds: string[]) => testEvent(id, date, { officialIds });

const index = buildDatasetIndex({
  schemaVersion: 2,
  corpus: TEST_CORPUS_INFO,
  articles: [],
  officials: [
    { id: 'giang', name: 'Phan Van Giang', nativeName: 'Phan Văn Giang', country: 'VN', aliases: ['Giang', 'Phan Van Giang'], roles: [role('Minister', '2024-08-13'), role('Chief of Staff', '2019-08-14')] },
    { id: 'gerasimov', name: 'Valery Gerasimov', country: 'RU', aliases: [], roles: [] },
    { id: 'belousov', name: 'Andrey Belousov', country: 'RU', aliases: [], roles: [] },
  ],
  organizations: [],
  events: [ev('e3', '2024-08-13', ['giang', 'belousov']), ev('e1', '2019-08-13', ['giang', 'gerasimov']), ev('e2', '2019-08-15', ['giang', 'gerasimov', 'gerasimov']), ev('x', '2020-01-01', ['belousov'])],
} as unknown as Dataset);

describe('profileData', () => {
  it('gives names in every form once, posts oldest first, events in date order, counterparts by count', () => {
    const p = profileData(index, 'giang')!;
    expect(p.otherNames).toEqual(['Phan Văn Giang', 'Giang']);
    expect(p.posts.map((r) => r.title)).toEqual(['Chief of Staff', 'Minister']);
    expect(p.events.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect(p.counterparts.map((c) => [c.official.id, c.count])).toEqual([
      ['gerasimov', 2],
      ['belousov', 1],
    ]);
  });

  it('is null for an unknown official, prototype keys included', () => {
    expect(profileData(index, 'nobody')).toBeNull();
    expect(profileData(index, '__proto__')).toBeNull();
  });
});

describe('asOfText', () => {
  const article = (publishedAt: string | null, note?: string): ArticleMeta => ({ id: 'a1', title: 't', source: 's', publishedAt, url: null, ...(note ? { publishedAtNote: note } : {}) });
  it('gives the day when the article prints its date', () => {
    expect(asOfText(role('x', '2024-08-13'), article('2024-08-14'))).toBe('as of 13 Aug 2024');
    expect(asOfText(role('x', '2024-08-14'), article('2024-08-14'))).toBe('as of 14 Aug 2024');
  });
  it('gives only the month when the day is an inferred publication date', () => {
    expect(asOfText(role('x', '2019-08-14'), article('2019-08-14', 'Not printed; inferred.'))).toBe('as of Aug 2019');
  });
});
