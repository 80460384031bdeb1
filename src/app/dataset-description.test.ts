import { describe, expect, it } from 'vitest';
import { describeDataset, yearSpan } from './dataset-description';

const ev = (date: string, endDate?: string) => ({ date, endDate }) as never;

describe('describeDataset', () => {
  it('counts articles, events and officials and names the years', () => {
    const text = describeDataset({
      events: [ev('2018-03-01'), ev('2024-08-01'), ev('2019-08-13', '2019-08-19')],
      officials: [{}, {}] as never,
      articles: [{}, {}, {}, {}, {}] as never,
    });
    expect(text).toBe('From 5 news articles: 3 events and 2 officials, 2018–2024.');
  });

  it('uses the singular and a single year when there is one of each', () => {
    expect(describeDataset({ events: [ev('2019-06-19')], officials: [{}] as never, articles: [{}] as never })).toBe(
      'From 1 news article: 1 event and 1 official, 2019.',
    );
  });

  it('leaves the years out when there are no events, and groups thousands', () => {
    expect(describeDataset({ events: [], officials: [], articles: [] })).toBe('From 0 news articles: 0 events and 0 officials.');
    const many = Array.from({ length: 50_000 }, () => ev('2020-01-01'));
    expect(describeDataset({ events: many, officials: [], articles: [] })).toMatch(/: 50,000 events/);
  });
});

describe('yearSpan', () => {
  it('reaches to the end date of a range that crosses a year', () => {
    expect(yearSpan({ events: [ev('2019-12-30', '2020-01-02')] })).toEqual({ first: 2019, last: 2020 });
  });
});
