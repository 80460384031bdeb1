// Accessible names for marks and clusters: the date as a reader writes it, with its precision in
// words when the day is not known ("13–19 Aug 2019, day not reported: Talks between …").
import type { DefenceEvent } from '../../../data/schema';
import { formatDay, formatEventDate, formatLongMonthYear } from '../../../lib/day-format';
import { msToDay } from '../../../lib/dates';

export function eventAccessibleName(e: Pick<DefenceEvent, 'date' | 'endDate' | 'datePrecision' | 'title'>): string {
  return `${formatEventDate(e)}: ${e.title}`;
}

export type BinUnit = 'year' | 'month' | 'week' | 'day';

/** The period a cluster covers, as in "214 events, March 2019". */
export function formatBin(unit: BinUnit, startMs: number): string {
  if (unit === 'year') return String(new Date(startMs).getUTCFullYear());
  if (unit === 'month') return formatLongMonthYear(startMs);
  if (unit === 'week') return `week of ${formatDay(msToDay(startMs))}`;
  return formatDay(msToDay(startMs));
}

export function clusterAccessibleName(count: number, unit: BinUnit, startMs: number): string {
  return `${count} ${count === 1 ? 'event' : 'events'}, ${formatBin(unit, startMs)}`;
}
