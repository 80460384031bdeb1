// The events a reader has on screen: those that pass the filter and overlap the time window, in
// date order. Exports carry exactly these, and their file names say which view they come from.
import { filteredPositions, type DatasetIndex } from '../../../data/dataset-index';
import type { DefenceEvent } from '../../../data/schema';
import { msToDay } from '../../../lib/dates';
import type { TimeWindow } from '../../../state/time-window';

export interface ExportView {
  officialIds: readonly string[];
  window: TimeWindow;
}

export function eventsInView(index: DatasetIndex, view: ExportView): DefenceEvent[] {
  const positions = filteredPositions(index, view.officialIds);
  const out: DefenceEvent[] = [];
  const visit = (p: number) => {
    if (index.starts[p]! <= view.window.to && index.ends[p]! >= view.window.from) out.push(index.eventsByDate[p]!);
  };
  if (positions === null) for (let p = 0; p < index.eventsByDate.length; p++) visit(p);
  else for (const p of positions) visit(p);
  return out;
}

/** "events_2019-01-01_to_2019-12-31_officials-phan-van-giang" + extension: what the file holds and from which view. */
export function exportFileName(what: string, view: ExportView, extension: string): string {
  const parts = [what, `${msToDay(view.window.from)}_to_${msToDay(view.window.to)}`];
  if (view.officialIds.length > 0) {
    const shown = view.officialIds.slice(0, 3).join('+');
    parts.push(`officials-${shown}${view.officialIds.length > 3 ? `+${view.officialIds.length - 3}-more` : ''}`);
  } else parts.push('all-officials');
  return `${parts.join('_')}.${extension}`;
}
