// An event's date with its precision in words, so a reader never mistakes "some day in August"
// for "on 1 August": "19 Jun 2019", "13–19 Aug 2019, day not reported", "Aug 2024, day not reported",
// "2019, month not reported". All dates are UTC calendar days. One module for every view, so the
// timeline's names, the panel and the network's ties say a date the same way.
import { utcFormat } from 'd3-time-format';
import type { DefenceEvent } from '../data/schema';

// d3-time-format's en-US locale rather than Intl: ICU's English short months vary ("Sep" / "Sept").
/** "Sep" for a UTC instant. */
export const formatShortMonth = utcFormat('%b');
const longMonthYear = utcFormat('%B %Y');

interface Day {
  year: number;
  month: string;
  day: number;
}

function parts(iso: string): Day {
  return { year: Number(iso.slice(0, 4)), month: formatShortMonth(new Date(Date.UTC(2000, Number(iso.slice(5, 7)) - 1, 1))), day: Number(iso.slice(8, 10)) };
}

/** "19 Jun 2019" for a YYYY-MM-DD day. */
export function formatDay(iso: string): string {
  const d = parts(iso);
  return `${d.day} ${d.month} ${d.year}`;
}

/** "13–19 Aug 2019", "28 Aug – 2 Sep 2019", "30 Dec 2019 – 2 Jan 2020". */
export function formatDayRange(startIso: string, endIso: string): string {
  const a = parts(startIso);
  const b = parts(endIso);
  if (startIso === endIso) return formatDay(startIso);
  if (a.year !== b.year) return `${formatDay(startIso)} – ${formatDay(endIso)}`;
  if (a.month !== b.month) return `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`;
  return `${a.day}–${b.day} ${b.month} ${b.year}`;
}

type DatedEvent = Pick<DefenceEvent, 'date' | 'endDate' | 'datePrecision'>;

export function formatEventDate(event: DatedEvent): string {
  const d = parts(event.date);
  switch (event.datePrecision) {
    case 'day':
      return event.endDate && event.endDate !== event.date ? formatDayRange(event.date, event.endDate) : formatDay(event.date);
    case 'range':
      return `${formatDayRange(event.date, event.endDate ?? event.date)}, day not reported`;
    case 'month':
      return `${d.month} ${d.year}, day not reported`;
    case 'year':
      return `${d.year}, month not reported`;
  }
}

/**
 * The first and last event of a series (e.g. a tie's events), each as precisely as its article dates
 * it: "3 Dec 2018 – 14 Aug 2019", "May 2001, day not reported – 30 May 2001"; one event once.
 */
export function formatEventSpan(first: DatedEvent, last: DatedEvent): string {
  const [a, b] = [formatEventDate(first), formatEventDate(last)];
  return a === b ? a : `${a} – ${b}`;
}

/** "March 2019" for a UTC instant. */
export function formatLongMonthYear(ms: number): string {
  return longMonthYear(new Date(ms));
}
