import { describe, expect, it } from 'vitest';
import {
  appRootPath,
  appRootUrl,
  historyActionFor,
  parseLocation,
  parsePagePath,
  parseUrlParams,
  permalinkUrl,
  resolveUrlParams,
  resolveWindow,
  serializeUrlState,
  sharedStateFromLocation,
  sharedStateFromSearch,
  unfilteredWindowOf,
} from './url-state';
import { frameOfSpan, MIN_WINDOW_MS } from './time-window';

const SPAN = { from: '2018-01-01', to: '2024-12-31' };
const FRAME = frameOfSpan(SPAN);
const DEFAULT_WINDOW = FRAME.home;
const OUTER_LIMIT = FRAME.outer;

const lookups = {
  eventById: new Map([
    ['ev-2019-06-19-talks', {}],
    ['ev-2024-08-01', {}],
  ]),
  officialById: new Map([
    ['phan-van-giang', {}],
    ['sergei-shoigu', {}],
  ]),
  dataset: { corpus: { span: SPAN } },
};

const empty = { event: null, officials: [], from: null, to: null, q: '', kinds: [], orgs: [], places: [], matchAll: false, official: null };
const defaults = { query: '', kinds: [], organizationIds: [], places: [], matchAll: false, profileOfficialId: null };

describe('parseUrlParams', () => {
  it('reads the four parameters', () => {
    expect(parseUrlParams('?event=ev-1&officials=a,b&from=2019-01-01&to=2019-12-31')).toEqual({
      ...empty,
      event: 'ev-1',
      officials: ['a', 'b'],
      from: '2019-01-01',
      to: '2019-12-31',
    });
  });

  it('gives empty params for an empty or missing query', () => {
    expect(parseUrlParams('')).toEqual(empty);
    expect(parseUrlParams('?')).toEqual(empty);
    expect(parseUrlParams('?event=&officials=&from=&to=')).toEqual(empty);
  });

  it('keeps the first value of a repeated key', () => {
    const p = parseUrlParams('?event=first&event=second&officials=a&officials=b&from=2019-01-01&from=2020-01-01');
    expect(p.event).toBe('first');
    expect(p.officials).toEqual(['a']);
    expect(p.from).toBe('2019-01-01');
  });

  it('ignores values longer than 512 characters', () => {
    const long = 'a'.repeat(10_000);
    const p = parseUrlParams(`?event=${long}&officials=${long}&from=${long}`);
    expect(p).toMatchObject({ officials: [], from: null, to: null });
    // The event is kept only as a capped copy, so that the link can be reported as not found.
    expect(p.event?.length).toBe(513);
    expect(resolveUrlParams(p, lookups).missingEventId?.length).toBe(513);
  });

  it('keeps a script payload as an (invalid) event id string, never anything more', () => {
    const payload = '<script>alert(1)</script>';
    const p = parseUrlParams(`?event=${encodeURIComponent(payload)}&officials=${encodeURIComponent(payload)}`);
    expect(p.event).toBe(payload);
    expect(p.officials).toEqual([]);
  });

  it('survives broken percent-encoding', () => {
    expect(() => parseUrlParams('?event=%E0%A4%A&officials=%E0%A4%A,a&from=%')).not.toThrow();
    const p = parseUrlParams('?event=%E0%A4%A&officials=%E0%A4%A,a&from=%');
    expect(p.officials).toEqual(['a']);
    expect(p.from).toBeNull();
  });

  it('drops dates that are not real days', () => {
    const p = parseUrlParams('?from=2019-02-30&to=2019-13-01');
    expect(p.from).toBeNull();
    expect(p.to).toBeNull();
    expect(parseUrlParams('?from=yesterday&to=2019-1-1')).toMatchObject({ from: null, to: null });
  });

  it('deduplicates officials and drops invalid ids', () => {
    expect(parseUrlParams('?officials=a,,a, b ,%3Cimg%3E,-x').officials).toEqual(['a', 'b']);
  });
});

describe('resolveUrlParams', () => {
  it('applies a known event, known officials and a valid window', () => {
    const s = sharedStateFromSearch('?event=ev-2024-08-01&officials=sergei-shoigu&from=2019-01-01&to=2019-12-31', lookups);
    expect(s).toEqual({
      ...defaults,
      selectedEventId: 'ev-2024-08-01',
      missingEventId: null,
      officialIds: ['sergei-shoigu'],
      window: { from: Date.UTC(2019, 0, 1), to: Date.UTC(2019, 11, 31) },
      frame: FRAME,
    });
  });

  it('reports an unknown event and still applies everything else that is valid', () => {
    const s = sharedStateFromSearch('?event=nope&officials=phan-van-giang,ghost&from=2020-01-01', lookups);
    expect(s.selectedEventId).toBeNull();
    expect(s.missingEventId).toBe('nope');
    expect(s.officialIds).toEqual(['phan-van-giang']);
    expect(s.window).toEqual({ from: Date.UTC(2020, 0, 1), to: DEFAULT_WINDOW.to });
  });

  it('reports a hostile event id as missing, as plain data', () => {
    const s = sharedStateFromSearch(`?event=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`, lookups);
    expect(s.selectedEventId).toBeNull();
    expect(s.missingEventId).toBe('"><img src=x onerror=alert(1)>');
  });

  it('does not treat prototype keys as known ids', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      const s = sharedStateFromSearch(`?event=${key}&officials=${key},phan-van-giang`, lookups);
      expect(s.selectedEventId).toBeNull();
      expect(s.missingEventId).toBe(key);
      expect(s.officialIds).toEqual(['phan-van-giang']);
    }
  });

  it('returns the default state for an empty query', () => {
    expect(resolveUrlParams(parseUrlParams(''), lookups)).toEqual({
      ...defaults,
      selectedEventId: null,
      missingEventId: null,
      officialIds: [],
      window: DEFAULT_WINDOW,
      frame: FRAME,
    });
  });

  it("takes the default window from the corpus's span", () => {
    const other = { ...lookups, dataset: { corpus: { span: { from: '1995-01-01', to: '2001-12-31' } } } };
    const s = sharedStateFromSearch('', other);
    expect(s.window).toEqual({ from: Date.UTC(1995, 0, 1), to: Date.UTC(2001, 11, 31) });
    expect(serializeUrlState({ selectedEventId: null, officialIds: [], window: s.window, frame: s.frame })).toBe('');
    // Another corpus's default is not a default there: it is written out.
    expect(serializeUrlState({ selectedEventId: null, officialIds: [], window: s.window, frame: frameOfSpan({ from: '2000-01-01', to: '2005-12-31' }) })).toBe('?from=1995-01-01&to=2001-12-31');
  });
});

describe('resolveWindow', () => {
  it('drops reversed and empty windows', () => {
    expect(resolveWindow('2020-01-01', '2019-01-01', FRAME)).toEqual(DEFAULT_WINDOW);
    expect(resolveWindow('2020-01-01', '2020-01-01', FRAME)).toEqual(DEFAULT_WINDOW);
  });

  it('clamps far out-of-range windows to the outer limit', () => {
    expect(resolveWindow('1970-01-01', '9999-12-31', FRAME)).toEqual(OUTER_LIMIT);
    expect(resolveWindow('1900-01-01', '1950-01-01', FRAME)).toEqual(DEFAULT_WINDOW);
  });

  it('widens a too-narrow window to the minimum span around its centre', () => {
    const w = resolveWindow('2019-06-19', '2019-06-20', FRAME);
    expect(w.to - w.from).toBe(MIN_WINDOW_MS);
    expect(w.from).toBeLessThanOrEqual(Date.UTC(2019, 5, 19));
    expect(w.to).toBeGreaterThanOrEqual(Date.UTC(2019, 5, 20));
  });

  it('fills a missing side from the default window', () => {
    expect(resolveWindow(null, '2020-06-30', FRAME)).toEqual({ from: DEFAULT_WINDOW.from, to: Date.UTC(2020, 5, 30) });
  });
});

describe('serializeUrlState', () => {
  it('omits defaults entirely', () => {
    expect(serializeUrlState({ selectedEventId: null, officialIds: [], window: DEFAULT_WINDOW, frame: FRAME })).toBe('');
  });

  it('writes keys in canonical order with readable commas', () => {
    const search = serializeUrlState({
      selectedEventId: 'ev-2024-08-01',
      officialIds: ['sergei-shoigu', 'phan-van-giang'],
      window: { from: Date.UTC(2019, 0, 1), to: Date.UTC(2019, 11, 31) },
      frame: FRAME,
    });
    expect(search).toBe('?event=ev-2024-08-01&officials=sergei-shoigu,phan-van-giang&from=2019-01-01&to=2019-12-31');
  });

  it('round-trips through parse and resolve', () => {
    const state = {
      selectedEventId: 'ev-2019-06-19-talks',
      officialIds: ['phan-van-giang'],
      window: { from: Date.UTC(2019, 3, 1), to: Date.UTC(2019, 8, 30) },
      frame: FRAME,
    };
    const back = sharedStateFromSearch(serializeUrlState(state), lookups);
    expect(back).toEqual({ ...defaults, ...state, missingEventId: null });
  });

  it('leaves out values that are not safe ids and windows that are not finite', () => {
    expect(serializeUrlState({ selectedEventId: '<x>', officialIds: ['a&b=c'], window: { from: NaN, to: Infinity }, frame: FRAME })).toBe('');
  });
});

describe('historyActionFor', () => {
  const base = { selectedEventId: null, officialIds: [] as string[], window: DEFAULT_WINDOW, frame: FRAME };
  it('pushes for a new selection or filter, replaces for a new window, ignores the rest', () => {
    expect(historyActionFor(base, { ...base, selectedEventId: 'e' })).toBe('push');
    expect(historyActionFor(base, { ...base, officialIds: ['a'] })).toBe('push');
    expect(historyActionFor({ ...base, officialIds: ['a', 'b'] }, { ...base, officialIds: ['b', 'a'] })).toBe('push');
    expect(historyActionFor(base, { ...base, window: { from: 1, to: 2 } })).toBe('replace');
    expect(historyActionFor(base, { ...base, officialIds: [] })).toBeNull();
  });
});

describe('event and official pages', () => {
  it('reads the page an address is on, under any sub-path', () => {
    expect(parsePagePath('/events/ev-1/')).toEqual({ kind: 'event', id: 'ev-1', root: '/' });
    expect(parsePagePath('/x/y/officials/phan-van-giang/index.html')).toEqual({ kind: 'official', id: 'phan-van-giang', root: '/x/y/' });
    expect(parsePagePath('/')).toBeNull();
    expect(parsePagePath('/index.html')).toBeNull();
    expect(parsePagePath('/events/ev-1')).toBeNull();
    expect(parsePagePath('/events/../')).toBeNull();
    expect(parsePagePath('/events/%E0%A4%A/')).toBeNull();
    expect(parsePagePath('/events/a%2Fb/')).toBeNull();
    expect(parsePagePath(undefined as unknown as string)).toBeNull();
  });

  it("takes the page's event unless the query names one", () => {
    expect(parseLocation('/events/ev-1/', '?officials=a').event).toBe('ev-1');
    expect(parseLocation('/events/ev-1/', '?event=ev-2').event).toBe('ev-2');
    // An official's page opens their profile, not a filter; a query's own `official` wins.
    expect(parseLocation('/officials/a/', '?officials=b')).toMatchObject({ official: 'a', officials: ['b'] });
    expect(parseLocation('/officials/a/', '?official=c').official).toBe('c');
    const state = sharedStateFromLocation('/x/events/ev-2024-08-01/', '?from=2019-01-01&to=2019-12-31', lookups);
    expect(state.selectedEventId).toBe('ev-2024-08-01');
    expect(sharedStateFromLocation('/events/nope/', '', lookups).missingEventId).toBe('nope');
  });

  it('finds the root page of a location', () => {
    expect(appRootPath('/x/events/ev-1/')).toBe('/x/');
    expect(appRootPath('/x/index.html')).toBe('/x/index.html');
    expect(appRootUrl('https://h.example', '/x/index.html')).toBe('https://h.example/x/');
    expect(appRootUrl('https://h.example', '/x/officials/a/')).toBe('https://h.example/x/');
  });

  it("shares the event's own page with the rest of the state as parameters", () => {
    const window = { from: Date.UTC(2019, 0, 1), to: Date.UTC(2019, 11, 31) };
    expect(permalinkUrl({ selectedEventId: 'ev-1', officialIds: ['a'], window, frame: FRAME }, 'https://h.example/x/')).toBe(
      'https://h.example/x/events/ev-1/?officials=a&from=2019-01-01&to=2019-12-31',
    );
    expect(permalinkUrl({ selectedEventId: null, officialIds: [], window: DEFAULT_WINDOW, frame: FRAME }, 'https://h.example/')).toBe('https://h.example/');
    expect(permalinkUrl({ selectedEventId: '..', officialIds: [], window: DEFAULT_WINDOW, frame: FRAME }, 'https://h.example/')).toBe('https://h.example/');
  });

  it("shares an open profile as the official's own page when no event is selected", () => {
    const base = { officialIds: ['b'], window: DEFAULT_WINDOW, frame: FRAME, profileOfficialId: 'a' };
    expect(permalinkUrl({ ...base, selectedEventId: null }, 'https://h.example/x/')).toBe('https://h.example/x/officials/a/?officials=b');
    expect(permalinkUrl({ ...base, selectedEventId: 'ev-1' }, 'https://h.example/')).toBe('https://h.example/events/ev-1/?official=a&officials=b');
    expect(permalinkUrl({ ...base, selectedEventId: null, profileOfficialId: '..' }, 'https://h.example/')).toBe('https://h.example/?officials=b');
  });
});

describe('unfilteredWindowOf', () => {
  it('gives the window a link shows, from the span alone', () => {
    expect(unfilteredWindowOf('/', '', SPAN)).toEqual(DEFAULT_WINDOW);
    expect(unfilteredWindowOf('/', '?from=2019-01-01&to=2019-12-31&event=e1', SPAN)).toEqual(resolveWindow('2019-01-01', '2019-12-31', FRAME));
    expect(unfilteredWindowOf('/events/e1/', '?from=garbage', SPAN)).toEqual(DEFAULT_WINDOW);
  });

  it('is null when the link filters the events (the dataset decides which pass)', () => {
    for (const search of ['?officials=a', '?q=frigate', '?kinds=talks', '?orgs=o1', '?places=Hanoi']) {
      expect(unfilteredWindowOf('/', search, SPAN), search).toBeNull();
    }
  });
});
