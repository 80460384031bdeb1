// Accessible names for marks and clusters: the date as a reader writes it, with its precision in
// words when the day is not known ("13–19 Aug 2019 (day not reported): Talks between …").
import { utcFormat } from 'd3-time-format';
import type { DefenceEvent } from '../../../data/schema';
import { dayToMs } from '../../../lib/dates';

const dayMonthYear = utcFormat('%-d %b %Y');
const dayMonth = utcFormat('%-d %b');
const day = utcFormat('%-d');
const monthYear = utcFormat('%b %Y');
const fullMonthYear = utcFormat('%B %Y');
const year = utcFormat('%Y');

/** "19 Jun 2019", "13–19 Aug 2019", "28 Aug–3 Sep 2019", "28 Dec 2019–3 Jan 2020". */
export function formatDayRange(startDay: string, endDay?: string): string {
  const a = new Date(dayToMs(startDay));
  if (!endDay || endDay === startDay) return dayMonthYear(a);
  const b = new Date(dayToMs(endDay));
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${dayMonthYear(a)}–${dayMonthYear(b)}`;
  if (a.getUTCMonth() !== b.getUTCMonth()) return `${dayMonth(a)}–${dayMonthYear(b)}`;
  return `${day(a)}–${dayMonthYear(b)}`;
}

export function formatEventDate(e: Pick<DefenceEvent, 'date' | 'endDate' | 'datePrecision'>): string {
  const start = new Date(dayToMs(e.date));
  switch (e.datePrecision) {
    case 'year':
      return `${year(start)} (month not reported)`;
    case 'month':
      return `${monthYear(start)} (day not reported)`;
    case 'range':
      return `${formatDayRange(e.date, e.endDate)} (day not reported)`;
    default:
      return formatDayRange(e.date, e.endDate);
  }
}

export function eventAccessibleName(e: Pick<DefenceEvent, 'date' | 'endDate' | 'datePrecision' | 'title'>): string {
  return `${formatEventDate(e)}: ${e.title}`;
}

export type BinUnit = 'year' | 'month' | 'week' | 'day';

/** The period a cluster covers, as in "214 events, March 2019". */
export function formatBin(unit: BinUnit, startMs: number): string {
  const d = new Date(startMs);
  if (unit === 'year') return year(d);
  if (unit === 'month') return fullMonthYear(d);
  if (unit === 'week') return `week of ${dayMonthYear(d)}`;
  return dayMonthYear(d);
}

export function clusterAccessibleName(count: number, unit: BinUnit, startMs: number): string {
  return `${count} ${count === 1 ? 'event' : 'events'}, ${formatBin(unit, startMs)}`;
}
