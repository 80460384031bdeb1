// The one module that reads and writes the shareable URL:
//   ?event=<id>&officials=<id>,<id>&from=YYYY-MM-DD&to=YYYY-MM-DD
// and the pages the build writes per event and per official, `events/<id>/` and `officials/<id>/`,
// which open the app on that event (or official) with any of the parameters above.
// Every value is untrusted (links are pasted from chat and edited by hand), so parsing never throws,
// never indexes a plain object with a URL value (only Map lookups), and drops what it cannot use.
// Repeated keys: the FIRST value wins (that is what URLSearchParams.get returns).
import { dayToMs, isRealDay, msToDay } from '../lib/dates';
import { isValidId } from '../lib/ids';
import { frameOfSpan, MIN_WINDOW_MS, type TimeFrame, type TimeWindow } from './time-window';
import type { SharedState } from './ui-slices';

/** Values longer than this are ignored outright: no real id or date is near it. */
export const MAX_VALUE_LENGTH = 512;
/** More officials than this in one link is not a real filter; the rest are ignored. */
export const MAX_OFFICIALS = 100;

/** What a URL says, checked for syntax only (not yet against the dataset). */
export interface UrlParams {
  /** The event id as written, capped to MAX_VALUE_LENGTH + 1 characters (an invalid id is reported as not found). */
  event: string | null;
  officials: string[];
  from: string | null;
  to: string | null;
}

/** The lookups `resolveUrlParams` needs: any DatasetIndex satisfies this. */
export interface UrlLookups {
  eventById: ReadonlyMap<string, unknown>;
  officialById: ReadonlyMap<string, unknown>;
  /** The corpus's span: what a link without from/to shows. */
  dataset: { corpus: { span: { from: string; to: string } } };
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

function dayOrNull(value: string | null): string | null {
  return value !== null && isRealDay(value) ? value : null;
}

/** Parse a location.search string (with or without "?"). Never throws. */
export function parseUrlParams(search: string): UrlParams {
  const params = readParams(typeof search === 'string' ? search : '');
  const officialsValue = firstValue(params, 'officials');
  const officials: string[] = [];
  if (officialsValue !== null) {
    for (const part of officialsValue.split(',')) {
      const candidate = part.trim();
      if (isValidId(candidate) && !officials.includes(candidate)) officials.push(candidate);
      if (officials.length >= MAX_OFFICIALS) break;
    }
  }
  // An over-long event value is still a link to an event that does not exist: keep a capped copy
  // so that the reader is told, rather than silently shown nothing.
  const rawEvent = params.get('event')?.trim() || null;
  return {
    event: rawEvent === null ? null : rawEvent.slice(0, MAX_VALUE_LENGTH + 1),
    officials,
    from: dayOrNull(firstValue(params, 'from')),
    to: dayOrNull(firstValue(params, 'to')),
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
  // An official's page opens with that official in the filter.
  if (page?.kind === 'official' && !params.officials.includes(page.id)) return { ...params, officials: [page.id, ...params.officials] };
  return params;
}

/** Check what the URL says against the dataset: unknown officials are dropped, an unknown event is reported. */
export function resolveUrlParams(params: UrlParams, lookups: UrlLookups): SharedState {
  const eventKnown = params.event !== null && isValidId(params.event) && lookups.eventById.has(params.event);
  const frame = frameOfSpan(lookups.dataset.corpus.span);
  return {
    selectedEventId: eventKnown ? params.event : null,
    missingEventId: params.event !== null && !eventKnown ? params.event : null,
    officialIds: params.officials.filter((o) => lookups.officialById.has(o)),
    window: resolveWindow(params.from, params.to, frame),
    frame,
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

export interface ShareableState {
  selectedEventId: string | null;
  officialIds: readonly string[];
  window: TimeWindow;
  /** Its home window is left out of the URL. */
  frame: TimeFrame;
}

/**
 * The canonical query string ("" when everything is default): keys in a fixed order, defaults
 * omitted. Ids are restricted to [A-Za-z0-9_.-] and dates to digits and "-", so nothing needs
 * escaping and commas stay readable; anything else is left out rather than escaped.
 */
export function serializeUrlState(state: ShareableState): string {
  const parts: string[] = [];
  if (state.selectedEventId !== null && isValidId(state.selectedEventId)) parts.push(`event=${state.selectedEventId}`);
  const officials = state.officialIds.filter(isValidId);
  if (officials.length > 0) parts.push(`officials=${officials.join(',')}`);
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

/**
 * The link to share: the selected event's own page, `<root>events/<id>/`, with the rest of the state
 * as parameters (the page's head previews the event in a chat). `rootUrl` is the app's root page,
 * absolute, ending with "/". An id that cannot be a path segment keeps the `?event=` form.
 */
export function permalinkUrl(state: ShareableState, rootUrl: string): string {
  const id = state.selectedEventId;
  if (id === null || !isPathSafeId(id)) return `${rootUrl}${serializeUrlState(state)}`;
  return `${rootUrl}events/${id}/${serializeUrlState({ ...state, selectedEventId: null })}`;
}

/**
 * What a state change does to the browser history: a new selection or filter is a step the reader
 * may want to go Back to ('push'); a zoom or pan only updates the current entry ('replace', debounced
 * by the caller); anything else (hover, notices) leaves the URL alone.
 */
export function historyActionFor(prev: ShareableState, next: ShareableState): 'push' | 'replace' | null {
  const sameFilter = prev.officialIds.length === next.officialIds.length && prev.officialIds.every((v, i) => v === next.officialIds[i]);
  if (prev.selectedEventId !== next.selectedEventId || !sameFilter) return 'push';
  if (prev.window.from !== next.window.from || prev.window.to !== next.window.to) return 'replace';
  return null;
}
