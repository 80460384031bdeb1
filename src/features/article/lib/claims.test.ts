import { describe, expect, it } from 'vitest';
import type { ArticleMeta, EventSource } from '../../../data/schema';
import { articlesWithOutsideYear, firstPassageFor, publishedLabel, roleDateLabel } from './claims';

const sources: EventSource[] = [
  { articleId: 'a', evidence: [{ start: 0, end: 10, supports: ['what'] }, { start: 5, end: 20, supports: ['who'] }, { start: 30, end: 40, supports: ['when'] }] },
  { articleId: 'b', evidence: [{ start: 0, end: 4, supports: ['where', 'what'] }] },
];

describe('firstPassageFor', () => {
  it('finds the first shown passage supporting a claim, counting merged passages as one', () => {
    expect(firstPassageFor({ sources }, 'who')).toEqual({ sourceIndex: 0, markIndex: 0 });
    expect(firstPassageFor({ sources }, 'when')).toEqual({ sourceIndex: 0, markIndex: 1 });
    expect(firstPassageFor({ sources }, 'where')).toEqual({ sourceIndex: 1, markIndex: 0 });
    expect(firstPassageFor({ sources: sources.slice(0, 1) }, 'where')).toBeNull();
  });
});

describe('roleDateLabel', () => {
  it('says "as of" a day, or "as reported in" the article when only an event bounds the title', () => {
    expect(roleDateLabel({ asOf: '2024-08-13' }, { title: 'T' })).toBe('as of 13 Aug 2024');
    expect(roleDateLabel({ asOf: '2019-08-13', asOfEnd: '2019-08-19' }, { title: 'Vietnam, Russia foster defence cooperation' })).toBe(
      'as reported in “Vietnam, Russia foster defence cooperation”',
    );
    expect(roleDateLabel({ asOf: '2019-08-13', asOfEnd: '2019-08-19' }, undefined)).toBe('as reported between 13–19 Aug 2019');
  });
});

describe('publishedLabel', () => {
  it('gives the date as printed, or says it is not printed', () => {
    expect(publishedLabel({ publishedAt: '2020-07-05', publishedAtQuote: '05/07/2020 00:30 GMT+7' })).toBe('dated “05/07/2020 00:30 GMT+7” (5 Jul 2020)');
    expect(publishedLabel({ publishedAt: null })).toBe('date not printed');
    expect(publishedLabel(undefined)).toBe('date not printed');
  });
});

describe('articlesWithOutsideYear', () => {
  it('lists the event’s articles that print no year', () => {
    const meta = (id: string, outsideYear?: number): ArticleMeta => ({ id, title: id, source: 's', publishedAt: null, url: null, ...(outsideYear ? { outsideYear } : {}) });
    const byId = new Map([['a', meta('a', 2019)], ['b', meta('b')]]);
    expect(articlesWithOutsideYear({ sources }, byId).map((a) => a.id)).toEqual(['a']);
  });
});
