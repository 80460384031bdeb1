// The one module that reads and writes the shareable URL:
//   ?event=<id>&official=<id>&officials=<id>,<id>&match=all&kinds=<kind>,<kind>&orgs=<id>,<id>
//    &places=<place>,<place>&q=<text>&from=YYYY-MM-DD&to=YYYY-MM-DD
// and the pages the build writes per event and per official, `events/<id>/` and `officials/<id>/`,
// which open the app on that event (or official) with any of the parameters above.
// Every value is untrusted (links are pasted from chat and edited by hand), so parsing never throws,
// never indexes a plain object with a URL value (only Map lookups), and drops what it cannot use.
// Repeated keys: the FIRST value wins (that is what URLSearchParams.get returns).
import { dayToMs, isRealDay, msToDay } from '../lib/dates';
import { isValidId } from '../lib/ids';
import { eventKinds } from '../data/schema-constants';
import { frameOfSpan, MIN_WINDOW_MS, type TimeFrame, type TimeWindow } from './time-window';
import type { SharedState } from './ui-slices';

/** Values longer than this are ignored outright: no real id or date is near it. */
export const MAX_VALUE_LENGTH = 512;
/** More officials than this in one link is not a real filter; the rest are ignored. */
export const MAX_OFFICIALS = 100;

/** A search query longer than this is cut (at a character boundary): no real query is near it. */
export const MAX_QUERY_LENGTH = 200;
/** More values than this in one facet is not a real filter; the rest are ignored. */
export const MAX_FACET_VALUES = 100;

/** What a URL says, checked for syntax only (not yet against the dataset). */
export interface UrlParams {
  /** The event id as written, capped to MAX_VALUE_LENGTH + 1 characters (an invalid id is reported as not found). */
  event: string | null;
  officials: string[];
  from: string | null;
  to: string | null;
  /** The search query, normalized by `normalizeQuery` ("" when none). */
  q: string;
  kinds: string[];
  orgs: string[];
  places: string[];
  /** `match=all`: events in which every selected official took part. */
  matchAll: boolean;
  /** The official whose profile is open. */
  official: string | null;
}

/** The lookups `resolveUrlParams` needs: any DatasetIndex satisfies this. */
export interface UrlLookups {
  eventById: ReadonlyMap<string, unknown>;
  officialById: ReadonlyMap<string, unknown>;
  /** The corpus's span: what a link without from/to shows. */
  dataset: { corpus: { span: { from: string; to: string } } };
  /** Optional so that older callers keep working: without it, organizations and places pass unchecked. */
  organizationById?: ReadonlyMap<string, unknown>;
  positionsByPlace?: ReadonlyMap<string, unknown>;
}

export { isValidId };

function readParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    // URLSearchParams replaces broken percent-escapes with U+FFFD instead of throwing, but a
    // defensive catch costs nothing and keeps "never throws" true on every engine.
    return new URLSearchParams();
  }
}

function firstValue(params: URLSearchParams, key: string): string | null {
  const value = params.get(key);
  if (value === null) return null;
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > MAX_VALUE_LENGTH) return null;
  return trimmed;
}

// A lone surrogate cannot be encoded in a URL or shown as text; whitespace of any kind is one space.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0/C1 controls and bidi overrides have no place in a query and could reorder what the page shows.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * The one normalization of a search query, typed or from a link: controls and lone surrogates
 * removed, whitespace collapsed, trimmed, cut to MAX_QUERY_LENGTH without splitting a pair.
 */
export function normalizeQuery(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  let q = raw.slice(0, MAX_QUERY_LENGTH * 4).replace(LONE_SURROGATE, '').replace(CONTROLS, ' ').replace(/\s+/gu, ' ').trim();
  if (q.length > MAX_QUERY_LENGTH) {
    let end = MAX_QUERY_LENGTH;
    if (/[\uD800-\uDBFF]/.test(q.charAt(end - 1))) end--;
    q = q.slice(0, end).trim();
  }
  return q;
}

/** A comma-separated list of ids (officials, organizations), deduplicated and capped. */
function idList(value: string | null, max: number): string[] {
  const out: string[] = [];
  if (value === null) return out;
  for (const part of value.split(',')) {
    const candidate = part.trim();
    if (isValidId(candidate) && !out.includes(candidate)) out.push(candidate);
    if (out.length >= max) break;
  }
  return out;
}

/**
 * Places are free text and may hold commas, so each is percent-encoded on its own and the list is
 * read from the raw query string (URLSearchParams would decode the separators too).
 */
function placeList(search: string): string[] {
  const out: string[] = [];
  const raw = search.replace(/^\?/, '').split('&').find((part) => part.startsWith('places='));
  if (raw === undefined || raw.length > MAX_VALUE_LENGTH * 4) return out;
  for (const part of raw.slice('places='.length).split(',')) {
    let value: string;
    try {
      value = decodeURIComponent(part.replaceAll('+', ' '));
    } catch {
      continue;
    }
    value = value.replace(LONE_SURROGATE, '').trim();
    if (value !== '' && value.length <= MAX_VALUE_LENGTH && !out.includes(value)) out.push(value);
    if (out.length >= MAX_FACET_VALUES) break;
  }
  return out;
}

function kindList(value: string | null): string[] {
  const known: readonly string[] = eventKinds;
  const out: string[] = [];
  for (const part of value?.split(',') ?? []) {
    const kind = part.trim();
    if (known.includes(kind) && !out.includes(kind)) out.push(kind);
  }
  return out;
}

function dayOrNull(value: string | null): string | null {
  return value !== null && isRealDay(value) ? value : null;
}

/** Parse a location.search string (with or without "?"). Never throws. */
export function parseUrlParams(search: string): UrlParams {
  const text = typeof search === 'string' ? search : '';
  const params = readParams(text);
  const officials = idList(firstValue(params, 'officials'), MAX_OFFICIALS);
  const official = firstValue(params, 'official');
  // An over-long event value is still a link to an event that does not exist: keep a capped copy
  // so that the reader is told, rather than silently shown nothing.
  const rawEvent = params.get('event')?.trim() || null;
  return {
    event: rawEvent === null ? null : rawEvent.slice(0, MAX_VALUE_LENGTH + 1),
    officials,
    from: dayOrNull(firstValue(params, 'from')),
    to: dayOrNull(firstValue(params, 'to')),
    q: normalizeQuery(params.get('q') ?? ''),
    kinds: kindList(firstValue(params, 'kinds')),
    orgs: idList(firstValue(params, 'orgs'), MAX_FACET_VALUES),
    places: placeList(text),
    matchAll: params.get('match') === 'all',
    official: official !== null && isValidId(official) ? official : null,
  };
}

/**
 * A sane window from optional from/to days: a missing side takes the frame's home (the corpus's
 * span), the window is clamped to the frame's outer limit, widened around its centre to
 * MIN_WINDOW_MS if narrower, and dropped (home returned) when reversed or empty after clamping.
 */
export function resolveWindow(from: string | null, to: string | null, frame: TimeFrame): TimeWindow {
  const { home, outer } = frame;
  if (from === null && to === null) return home;
  let start = from === null ? home.from : dayToMs(from);
  let end = to === null ? home.to : dayToMs(to);
  if (!(start < end)) return home;
  start = Math.max(start, outer.from);
  end = Math.min(end, outer.to);
  if (!(start < end)) return home;
  if (end - start < MIN_WINDOW_MS) {
    const centre = (start + end) / 2;
    start = Math.max(outer.from, centre - MIN_WINDOW_MS / 2);
    end = Math.min(outer.to, start + MIN_WINDOW_MS);
    start = end - MIN_WINDOW_MS;
  }
  return { from: start, to: end };
}

/** A page the build wrote for one event or one official, read from a location's path. */
export interface PagePath {
  kind: 'event' | 'official';
  id: string;
  /** The path of the app's own page (its root), with the trailing slash: where `events/` lives. */
  root: string;
}

const PAGE_PATH = /^(.*\/)(events|officials)\/([^/]{1,600})\/(?:index\.html)?$/;

/** `.../events/<id>/` or `.../officials/<id>/` (optionally `index.html`), else null. Never throws. */
export function parsePagePath(pathname: string): PagePath | null {
  const match = typeof pathname === 'string' ? PAGE_PATH.exec(pathname) : null;
  if (!match) return null;
  let id: string;
  try {
    id = decodeURIComponent(match[3]!);
  } catch {
    return null;
  }
  if (!isPathSafeId(id)) return null;
  return { kind: match[2] === 'events' ? 'event' : 'official', id, root: match[1]! };
}

/** An id that can stand as a path segment: valid, and not "." or ".." (which a browser would resolve away). */
export function isPathSafeId(id: string): boolean {
  return isValidId(id) && !/^\.+$/.test(id);
}

/** The path of the app's root page for a location: an event or official page's path without its tail. */
export function appRootPath(pathname: string): string {
  return parsePagePath(pathname)?.root ?? pathname;
}

/** The folder of the app's root page, absolute (origin + path, ending with "/"): what `permalinkUrl` needs. */
export function appRootUrl(origin: string, pathname: string): string {
  const root = appRootPath(pathname);
  return `${origin}${root.slice(0, root.lastIndexOf('/') + 1)}`;
}

/**
 * What a location says: its query, and the event (or official) of the page it is on. A query's
 * `event` wins over the page's, so that a reader who moved on from the page they landed on keeps
 * what they moved to.
 */
export function parseLocation(pathname: string, search: string): UrlParams {
  const params = parseUrlParams(search);
  const page = parsePagePath(pathname);
  if (page?.kind === 'event' && params.event === null) return { ...params, event: page.id };
  // An official's page opens with that official's profile (unless the query opens another).
  if (page?.kind === 'official' && params.official === null) return { ...params, official: page.id };
  return params;
}

/** Check what the URL says against the dataset: unknown officials are dropped, an unknown event is reported. */
export function resolveUrlParams(params: UrlParams, lookups: UrlLookups): SharedState {
  const eventKnown = params.event !== null && isValidId(params.event) && lookups.eventById.has(params.event);
  const frame = frameOfSpan(lookups.dataset.corpus.span);
  const { organizationById, positionsByPlace } = lookups;
  return {
    selectedEventId: eventKnown ? params.event : null,
    missingEventId: params.event !== null && !eventKnown ? params.event : null,
    officialIds: params.officials.filter((o) => lookups.officialById.has(o)),
    window: resolveWindow(params.from, params.to, frame),
    frame,
    query: params.q,
    kinds: params.kinds,
    organizationIds: organizationById ? params.orgs.filter((o) => organizationById.has(o)) : params.orgs,
    places: positionsByPlace ? params.places.filter((p) => positionsByPlace.has(p)) : params.places,
    matchAll: params.matchAll,
    profileOfficialId: params.official !== null && lookups.officialById.has(params.official) ? params.official : null,
  };
}

/** Parse and resolve in one step: what a link (or a Back/Forward step) restores. */
export function sharedStateFromSearch(search: string, lookups: UrlLookups): SharedState {
  return resolveUrlParams(parseUrlParams(search), lookups);
}

/** The same for a whole location: an event or official page counts as its parameter. */
export function sharedStateFromLocation(pathname: string, search: string, lookups: UrlLookups): SharedState {
  return resolveUrlParams(parseLocation(pathname, search), lookups);
}

/**
 * The window a location shows, known before the dataset is in (from the corpus's span alone), or null
 * when the location also filters the events: only the dataset can say which pass, so a picture drawn
 * before it would show events the reader filtered out.
 */
export function unfilteredWindowOf(pathname: string, search: string, span: { from: string; to: string }): TimeWindow | null {
  const params = parseLocation(pathname, search);
  if (params.officials.length + params.kinds.length + params.orgs.length + params.places.length > 0 || params.q !== '') return null;
  return resolveWindow(params.from, params.to, frameOfSpan(span));
}

export interface ShareableState {
  selectedEventId: string | null;
  officialIds: readonly string[];
  window: TimeWindow;
  /** Its home window is left out of the URL. */
  frame: TimeFrame;
  // Optional so that a state written before these existed still serializes.
  query?: string;
  kinds?: readonly string[];
  organizationIds?: readonly string[];
  places?: readonly string[];
  matchAll?: boolean;
  profileOfficialId?: string | null;
}

/**
 * The canonical query string ("" when everything is default): keys in a fixed order, defaults
 * omitted. Ids are restricted to [A-Za-z0-9_.-] and dates to digits and "-", so nothing needs
 * escaping and commas stay readable; anything else is left out rather than escaped.
 */
export function serializeUrlState(state: ShareableState): string {
  const parts: string[] = [];
  if (state.selectedEventId !== null && isValidId(state.selectedEventId)) parts.push(`event=${state.selectedEventId}`);
  const profile = state.profileOfficialId;
  if (profile && isValidId(profile)) parts.push(`official=${profile}`);
  const officials = state.officialIds.filter(isValidId);
  if (officials.length > 0) parts.push(`officials=${officials.join(',')}`);
  if (officials.length > 0 && state.matchAll) parts.push('match=all');
  const kinds = kindList((state.kinds ?? []).join(','));
  if (kinds.length > 0) parts.push(`kinds=${kinds.map(encodeURIComponent).join(',')}`);
  const orgs = (state.organizationIds ?? []).filter(isValidId);
  if (orgs.length > 0) parts.push(`orgs=${orgs.join(',')}`);
  const places = (state.places ?? []).map((p) => p.replace(LONE_SURROGATE, '')).filter((p) => p.trim() !== '');
  if (places.length > 0) parts.push(`places=${places.map(encodeURIComponent).join(',')}`);
  const query = normalizeQuery(state.query ?? '');
  if (query !== '') parts.push(`q=${encodeURIComponent(query)}`);
  const { from, to } = state.window;
  // msToDay throws on non-finite or out-of-range instants; such a window is simply not shared.
  const { home, outer } = state.frame;
  if (Number.isFinite(from) && Number.isFinite(to) && from >= outer.from && to <= outer.to) {
    const fromDay = msToDay(from);
    const toDay = msToDay(to);
    if (fromDay !== msToDay(home.from) || toDay !== msToDay(home.to)) parts.push(`from=${fromDay}`, `to=${toDay}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** An event's own page, with nothing else: what citations and exports name. */
export function eventPageUrl(eventId: string, rootUrl: string): string {
  return isPathSafeId(eventId) ? `${rootUrl}events/${eventId}/` : `${rootUrl}?event=${encodeURIComponent(eventId)}`;
}

/**
 * The link to share: the selected event's own page, `<root>events/<id>/`, with the rest of the state
 * as parameters (the page's head previews the event in a chat); else an open profile's page,
 * `<root>officials/<id>/`. `rootUrl` is the app's root page, absolute, ending with "/". An id that
 * cannot be a path segment keeps the query form.
 */

export function permalinkUrl(state: ShareableState, rootUrl: string): string {
  const id = state.selectedEventId;
  const profile = state.profileOfficialId ?? null;
  if (id !== null && isPathSafeId(id)) return `${rootUrl}events/${id}/${serializeUrlState({ ...state, selectedEventId: null })}`;
  // With no event selected, an open profile is the official's own page.
  if (id === null && profile !== null && isPathSafeId(profile)) {
    return `${rootUrl}officials/${profile}/${serializeUrlState({ ...state, profileOfficialId: null })}`;
  }
  return `${rootUrl}${serializeUrlState(state)}`;
}

/**
 * What a state change does to the browser history: a new selection or filter is a step the reader
 * may want to go Back to ('push'); a zoom or pan only updates the current entry ('replace', debounced
 * by the caller); anything else (hover, notices) leaves the URL alone.
 */
const sameList = (a: readonly string[] = [], b: readonly string[] = []) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * A query typed on from another (one a prefix of the other, neither empty) refines the same search:
 * it replaces the entry, so Back leaves the search rather than walking it letter by letter.
 */
function refinesQuery(prev = '', next = ''): boolean {
  return prev !== '' && next !== '' && (next.startsWith(prev) || prev.startsWith(next));
}

export function historyActionFor(prev: ShareableState, next: ShareableState): 'push' | 'replace' | null {
  const sameFilter =
    sameList(prev.officialIds, next.officialIds) &&
    sameList(prev.kinds, next.kinds) &&
    sameList(prev.organizationIds, next.organizationIds) &&
    sameList(prev.places, next.places) &&
    Boolean(prev.matchAll) === Boolean(next.matchAll);
  const sameProfile = (prev.profileOfficialId ?? null) === (next.profileOfficialId ?? null);
  const sameQuery = (prev.query ?? '') === (next.query ?? '');
  if (prev.selectedEventId !== next.selectedEventId || !sameFilter || !sameProfile) return 'push';
  if (!sameQuery) return refinesQuery(prev.query, next.query) ? 'replace' : 'push';
  if (prev.window.from !== next.window.from || prev.window.to !== next.window.to) return 'replace';
  return null;
}
