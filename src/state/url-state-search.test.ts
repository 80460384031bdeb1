// The search, facet and profile parameters: every value is untrusted.
import { describe, expect, it } from 'vitest';
import { historyActionFor, MAX_QUERY_LENGTH, normalizeQuery, parseUrlParams, serializeUrlState, sharedStateFromSearch } from './url-state';
import { frameOfSpan } from './time-window';

const FRAME = frameOfSpan({ from: '2018-01-01', to: '2024-12-31' });

const lookups = {
  dataset: { corpus: { span: { from: '2018-01-01', to: '2024-12-31' } } },
  eventById: new Map([['e1', {}]]),
  officialById: new Map([
    ['phan-van-giang', {}],
    ['valery-gerasimov', {}],
  ]),
  organizationById: new Map([
    ['vn-mod', {}],
    ['ru-mod', {}],
  ]),
  positionsByPlace: new Map([
    ['Moscow', [0]],
    ['Hanoi, Vietnam', [1]],
  ]),
};

/** No lone surrogate left (a pair is fine). */
const wellFormed = (s: string) => !/[\uD800-\uDFFF]/.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));

const base = { selectedEventId: null, officialIds: [] as string[], window: FRAME.home, frame: FRAME };

describe('search, facet and profile parameters', () => {
  it('reads q, kinds, orgs, places, match and official', () => {
    const p = parseUrlParams('?q=Tropical%20Centre&kinds=talks,online%20talks&orgs=vn-mod,ru-mod&places=Moscow,Hanoi%2C%20Vietnam&match=all&official=phan-van-giang');
    expect(p).toMatchObject({
      q: 'Tropical Centre',
      kinds: ['talks', 'online talks'],
      orgs: ['vn-mod', 'ru-mod'],
      places: ['Moscow', 'Hanoi, Vietnam'],
      matchAll: true,
      official: 'phan-van-giang',
    });
  });

  it('drops unknown kinds, organizations, places and officials against the dataset', () => {
    const s = sharedStateFromSearch('?kinds=talks,party,__proto__&orgs=vn-mod,ghost,constructor&places=Moscow,Atlantis,toString&official=__proto__', lookups);
    expect(s.kinds).toEqual(['talks']);
    expect(s.organizationIds).toEqual(['vn-mod']);
    expect(s.places).toEqual(['Moscow']);
    expect(s.profileOfficialId).toBeNull();
  });

  it('treats only match=all as "met together"', () => {
    for (const v of ['ALL', 'any', '1', 'true', '', 'all,all']) expect(parseUrlParams(`?match=${v}`).matchAll).toBe(false);
    expect(parseUrlParams('?match=all&match=any').matchAll).toBe(true);
  });

  it('keeps markup and regex metacharacters in q as plain text', () => {
    const q = '<img src=x onerror=alert(1)> .*+?^${}()|[]\\';
    expect(parseUrlParams(`?q=${encodeURIComponent(q)}`).q).toBe(q);
  });

  it('cuts a 10,000-character query and never splits a surrogate pair', () => {
    expect(parseUrlParams(`?q=${'a'.repeat(10_000)}`).q).toHaveLength(MAX_QUERY_LENGTH);
    const emoji = `${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀`;
    const cut = normalizeQuery(emoji);
    expect(cut).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
    expect(wellFormed(cut)).toBe(true);
  });

  it('removes lone surrogates, controls and bidi overrides; collapses whitespace', () => {
    expect(normalizeQuery('\uD800ab\uDC00 c')).toBe('ab c');
    expect(normalizeQuery('a\u0000b\u202Ec\n\t d')).toBe('a b c d');
    expect(normalizeQuery(42)).toBe('');
    // An encoded lone surrogate decodes to replacement characters: text, never a broken string.
    expect(wellFormed(parseUrlParams('?q=%ED%A0%80x').q)).toBe(true);
  });

  it('survives broken escapes and separators in places', () => {
    expect(parseUrlParams('?places=%E0%A4%A,Moscow,,%').places).toEqual(['Moscow']);
    expect(parseUrlParams(`?places=${'x,'.repeat(5000)}`).places).toEqual([]);
  });

  it('caps facet lists and drops invalid ids', () => {
    const many = Array.from({ length: 120 }, (_, i) => `o${i}`).join(',');
    expect(parseUrlParams(`?orgs=${many}`).orgs).toHaveLength(100);
    // Like every list, a value over 512 characters is ignored whole.
    expect(parseUrlParams(`?orgs=${'o,'.repeat(300)}`).orgs).toEqual([]);
    expect(parseUrlParams('?orgs=a,,a,%3Cb%3E,-x').orgs).toEqual(['a']);
    expect(parseUrlParams('?official=%3Cscript%3E').official).toBeNull();
  });

  it('serializes in a fixed order and round-trips', () => {
    const state = {
      ...base,
      officialIds: ['phan-van-giang', 'valery-gerasimov'],
      matchAll: true,
      kinds: ['online talks'],
      organizationIds: ['vn-mod'],
      places: ['Hanoi, Vietnam', 'Moscow'],
      query: 'Lương Cường & <b>',
      profileOfficialId: 'phan-van-giang',
    };
    const search = serializeUrlState(state);
    expect(search).toBe(
      '?official=phan-van-giang&officials=phan-van-giang,valery-gerasimov&match=all&kinds=online%20talks&orgs=vn-mod&places=Hanoi%2C%20Vietnam,Moscow&q=L%C6%B0%C6%A1ng%20C%C6%B0%E1%BB%9Dng%20%26%20%3Cb%3E',
    );
    const back = sharedStateFromSearch(search, lookups);
    expect(back).toMatchObject({ officialIds: state.officialIds, matchAll: true, kinds: state.kinds, organizationIds: state.organizationIds, places: state.places, query: state.query, profileOfficialId: 'phan-van-giang' });
  });

  it('leaves out match=all without officials and unknown kinds', () => {
    expect(serializeUrlState({ ...base, matchAll: true, kinds: ['party'] })).toBe('');
  });
});

describe('history for search, facets and profiles', () => {
  it('pushes for a facet, the match mode, a profile and a new query; replaces while a query is refined', () => {
    expect(historyActionFor(base, { ...base, kinds: ['talks'] })).toBe('push');
    expect(historyActionFor(base, { ...base, matchAll: true })).toBe('push');
    expect(historyActionFor(base, { ...base, profileOfficialId: 'a' })).toBe('push');
    expect(historyActionFor(base, { ...base, query: 't' })).toBe('push');
    expect(historyActionFor({ ...base, query: 'tro' }, { ...base, query: 'trop' })).toBe('replace');
    expect(historyActionFor({ ...base, query: 'trop' }, { ...base, query: 'tro' })).toBe('replace');
    expect(historyActionFor({ ...base, query: 'tropical' }, { ...base, query: 'frigate' })).toBe('push');
    expect(historyActionFor({ ...base, query: 'tropical' }, { ...base, query: '' })).toBe('push');
  });
});
