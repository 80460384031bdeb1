import { describe, expect, it } from 'vitest';
import { TEST_CORPUS_INFO, testEvent } from '../../../data/test-corpus-info';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { NO_FILTER, passingPositions, type EventFilter } from '../../../data/event-filter';
import { facetCounts } from './facet-counts';
import type { Dataset } from '../../../data/schema';

const index = buildDatasetIndex({
  schemaVersion: 2,
  corpus: TEST_CORPUS_INFO,
  articles: [],
  officials: [],
  organizations: [],
  events: [
    testEvent('giang-gerasimov', '2019-08-13', { officialIds: ['giang', 'gerasimov'], organizationIds: ['vn-mod', 'ru-gs'], location: 'Moscow' }),
    testEvent('giang-alone', '2019-08-14', { officialIds: ['giang'], kind: 'visit', organizationIds: ['vn-mod'], location: 'Russia' }),
    testEvent('gerasimov-cuong', '2019-06-19', { officialIds: ['gerasimov', 'cuong'], organizationIds: ['ru-gs', 'ru-gs'], location: 'Moscow' }),
    testEvent('parade', '2020-06-24', { kind: 'ceremony', location: 'Moscow' }),
    testEvent('online', '2020-07-03', { kind: 'online talks', officialIds: ['giang'], location: null }),
  ],
} as unknown as Dataset);

const ids = (positions: Int32Array | null) => (positions === null ? null : [...positions].map((p) => index.eventsByDate[p]!.id).sort());
const f = (extra: Partial<EventFilter>): EventFilter => ({ ...NO_FILTER, ...extra });

describe('passingPositions', () => {
  it('lets everything through when nothing filters', () => {
    expect(passingPositions(index, NO_FILTER)).toBeNull();
  });

  it('officials: any of them, or only the events they all took part in', () => {
    expect(ids(passingPositions(index, f({ officialIds: ['giang', 'gerasimov'] })))).toEqual(['gerasimov-cuong', 'giang-alone', 'giang-gerasimov', 'online']);
    expect(ids(passingPositions(index, f({ officialIds: ['giang', 'gerasimov'], matchAll: true })))).toEqual(['giang-gerasimov']);
    expect(ids(passingPositions(index, f({ officialIds: ['giang', 'cuong'], matchAll: true })))).toEqual([]);
    // One official: both meanings agree.
    expect(ids(passingPositions(index, f({ officialIds: ['giang'], matchAll: true })))).toEqual(ids(passingPositions(index, f({ officialIds: ['giang'] }))));
  });

  it('any value within a facet, all facets together', () => {
    expect(ids(passingPositions(index, f({ kinds: ['visit', 'ceremony'] })))).toEqual(['giang-alone', 'parade']);
    expect(ids(passingPositions(index, f({ places: ['Moscow'], organizationIds: ['ru-gs'] })))).toEqual(['gerasimov-cuong', 'giang-gerasimov']);
    expect(ids(passingPositions(index, f({ places: ['Moscow'], kinds: ['visit'] })))).toEqual([]);
    expect(ids(passingPositions(index, f({ officialIds: ['giang'], places: ['Moscow'] })))).toEqual(['giang-gerasimov']);
  });

  it('the search narrows with the rest', () => {
    const searchIds = new Set(['parade', 'giang-alone', 'unknown-id']);
    expect(ids(passingPositions(index, f({ searchIds })))).toEqual(['giang-alone', 'parade']);
    expect(ids(passingPositions(index, f({ searchIds, officialIds: ['giang'] })))).toEqual(['giang-alone']);
    expect(ids(passingPositions(index, f({ searchIds: new Set() })))).toEqual([]);
  });
});

describe('facetCounts', () => {
  const all = { from: -Infinity, to: Infinity };
  it('counts each value for the events the other criteria let through', () => {
    const c = facetCounts(index, f({ kinds: ['talks'] }), all.from, all.to);
    // The kind facet ignores its own choice, so the other kinds stay countable.
    expect(Object.fromEntries(c.kinds)).toEqual({ talks: 2, visit: 1, ceremony: 1, 'online talks': 1 });
    // Organizations and places count only the talks; an organization named twice counts once.
    expect(Object.fromEntries(c.organizationIds)).toEqual({ 'vn-mod': 1, 'ru-gs': 2 });
    expect(Object.fromEntries(c.places)).toEqual({ Moscow: 2 });
  });

  it('counts only the events in the window', () => {
    const c = facetCounts(index, NO_FILTER, Date.UTC(2020, 0, 1), Date.UTC(2020, 11, 31));
    expect(Object.fromEntries(c.kinds)).toEqual({ ceremony: 1, 'online talks': 1 });
  });

  it('follows the officials, match mode and search', () => {
    const c = facetCounts(index, f({ officialIds: ['giang', 'gerasimov'], matchAll: true }), all.from, all.to);
    expect(Object.fromEntries(c.places)).toEqual({ Moscow: 1 });
    const s = facetCounts(index, f({ searchIds: new Set(['parade']) }), all.from, all.to);
    expect(Object.fromEntries(s.kinds)).toEqual({ ceremony: 1 });
  });
});
