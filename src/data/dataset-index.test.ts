import { TEST_CORPUS_INFO, testEvent } from './test-corpus-info';
import { describe, expect, it } from 'vitest';
import { buildDatasetIndex, filteredPositions } from './dataset-index';
import type { Dataset, DefenceEvent } from './schema';

const event = (id: string, date: string, officialIds: string[], extra: Partial<DefenceEvent> = {}) => testEvent(id, date, { officialIds, ...extra });

const dataset: Dataset = {
  schemaVersion: 2,
  corpus: TEST_CORPUS_INFO,
  articles: [],
  officials: [],
  organizations: [],
  events: [
    event('c', '2020-01-01', ['x']),
    event('a', '2019-01-01', ['x', 'y']),
    event('b', '2019-06-01', ['y'], { datePrecision: 'month' }),
    event('d', '2019-06-01', [], { endDate: '2019-06-03', datePrecision: 'range' }),
  ],
};

describe('buildDatasetIndex', () => {
  it('orders events by date, then endDate, then id, and knows each one’s span', () => {
    const index = buildDatasetIndex(dataset);
    expect(index.eventsByDate.map((e) => e.id)).toEqual(['a', 'b', 'd', 'c']);
    // A month-dated event covers its whole month; a range ends on its endDate.
    expect(new Date(index.ends[1]!).toISOString().slice(0, 10)).toBe('2019-06-30');
    expect(new Date(index.ends[2]!).toISOString().slice(0, 10)).toBe('2019-06-03');
    expect(index.positionsByOfficial.get('y')).toEqual([0, 1]);
  });
});

describe('filteredPositions', () => {
  const index = buildDatasetIndex(dataset);
  it('lets everything through with no official selected', () => {
    expect(filteredPositions(index, [])).toBeNull();
  });
  it('gives the events of any selected official, once each, in date order', () => {
    expect([...filteredPositions(index, ['x'])!]).toEqual([0, 3]);
    expect([...filteredPositions(index, ['y', 'x'])!]).toEqual([0, 1, 3]);
    expect([...filteredPositions(index, ['nobody'])!]).toEqual([]);
  });
  it('is not fooled by prototype keys', () => {
    expect([...filteredPositions(index, ['__proto__', 'constructor'])!]).toEqual([]);
  });
});
