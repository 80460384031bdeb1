// The events a reader has on screen: those that pass the filter (officials, facets, search, the one
// filter module the timeline uses) and overlap the time window, in date order. Exports carry exactly
// these, and their file names say which view they come from.
import type { DatasetIndex } from '../../../data/dataset-index';
import { passingPositions, type EventFilter } from '../../../data/event-filter';
import type { DefenceEvent } from '../../../data/schema';
import { msToDay } from '../../../lib/dates';
import { foldText } from '../../../lib/fold-text';
import type { TimeWindow } from '../../../state/time-window';

export interface ExportView {
  filter: EventFilter;
  /** The search query the filter's search matches come from ("" when no search restricts). */
  query: string;
  window: TimeWindow;
}

export function eventsInView(index: DatasetIndex, view: ExportView): DefenceEvent[] {
  const positions = passingPositions(index, view.filter);
  const out: DefenceEvent[] = [];
  const visit = (p: number) => {
    if (index.starts[p]! <= view.window.to && index.ends[p]! >= view.window.from) out.push(index.eventsByDate[p]!);
  };
  if (positions === null) for (let p = 0; p < index.eventsByDate.length; p++) visit(p);
  else for (const p of positions) visit(p);
  return out;
}

/** Letters and digits of any script, folded (no case, no diacritics); anything else becomes one "-". */
function slug(text: string, max = 24): string {
  return foldText(text).replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, max).replace(/^-+|-+$/g, '');
}

/** "a+b+3-more": a few values, so the name stays short; the file's own content lists them all. */
function list(values: readonly string[]): string {
  const shown = values.slice(0, 2).map((v) => slug(v, 20)).filter((v) => v !== '');
  return [shown.join('+'), values.length > 2 ? `${values.length - 2}-more` : ''].filter((v) => v !== '').join('+');
}

/**
 * "events-2019-01-01_2020-12-31-q-frigate-officials-phan-van-giang-kinds-visit" + extension: what the
 * file holds and which view it comes from (window, then each criterion that applied). Only letters,
 * digits, "-", "_", "+" and ".": safe on every file system.
 */
export function exportFileName(what: string, view: ExportView, extension: string): string {
  const { filter } = view;
  const parts = [what, `${msToDay(view.window.from)}_${msToDay(view.window.to)}`];
  const query = slug(view.query, 32);
  if (filter.searchIds !== null && query !== '') parts.push('q', query);
  if (filter.officialIds.length > 0) parts.push(filter.matchAll && filter.officialIds.length > 1 ? 'together' : 'officials', list(filter.officialIds));
  if (filter.kinds.length > 0) parts.push('kinds', list(filter.kinds));
  if (filter.organizationIds.length > 0) parts.push('orgs', list(filter.organizationIds));
  if (filter.places.length > 0) parts.push('places', list(filter.places));
  return `${parts.join('-')}.${extension}`;
}
