// Date expressions in a passage, resolved against a reference day (the dateline's or the publication
// date). chrono-node parses; three habits of agency copy are handled around it: slash dates are read
// day first unless the outlet writes month first ("05/07/2020" is 5 July), a weekday ("on Tuesday") is
// the last such day on or before the reference, and a month and day without a year that would fall
// after the reference belong to the year before.
import * as chrono from 'chrono-node';

export type Precision = 'day' | 'range' | 'month' | 'year';

export interface DateExpression {
  /** Offsets within the passage given to findDateExpressions. */
  start: number;
  end: number;
  text: string;
  date: string;
  endDate?: string;
  precision: Precision;
  /** The year is not printed: it comes from the reference day. */
  yearImplied: boolean;
}

export interface DateOptions {
  /** YYYY-MM-DD. */
  reference: string;
  /** Slash dates as 07/05/2020 = July 5 (US outlets); default day first. */
  monthFirst?: boolean;
}

const SLASH = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function realDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The last `weekday` (0 = Sunday) on or before `reference`. */
function lastWeekday(reference: string, weekday: number): string {
  const back = (new Date(`${reference}T00:00:00Z`).getUTCDay() - weekday + 7) % 7;
  return addDays(reference, -back);
}

function fromComponents(c: chrono.ParsedComponents): { y: number; m: number; d: number } {
  return { y: c.get('year') ?? 0, m: c.get('month') ?? 1, d: c.get('day') ?? 1 };
}

export function findDateExpressions(passage: string, options: DateOptions): DateExpression[] {
  const found: DateExpression[] = [];
  // Slash dates first, then masked (same length) so chrono does not read them again its own way.
  let masked = passage;
  for (const match of passage.matchAll(SLASH)) {
    const [a, b, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const [d, m] = options.monthFirst ? [b, a] : [a, b];
    masked = masked.slice(0, match.index) + ' '.repeat(match[0].length) + masked.slice(match.index + match[0].length);
    if (!realDay(y, m, d)) continue;
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0], date: iso(y, m, d), precision: 'day', yearImplied: false });
  }
  const instant = new Date(`${options.reference}T12:00:00Z`);
  for (const result of chrono.en.casual.parse(masked, { instant, timezone: 0 }, { forwardDate: false })) {
    const expression = resolve(result, options.reference);
    if (expression) found.push(expression);
  }
  return found.sort((a, b) => a.start - b.start);
}

function resolve(result: chrono.ParsedResult, reference: string): DateExpression | undefined {
  const start = result.start;
  const base = { start: result.index, end: result.index + result.text.length, text: result.text };
  if (start.isCertain('weekday') && !start.isCertain('day')) {
    const day = lastWeekday(reference, start.get('weekday') ?? 0);
    return { ...base, date: day, precision: 'day', yearImplied: true };
  }
  if (!start.isCertain('month') && !start.isCertain('day')) {
    // "today", "yesterday": chrono marks them certain in full; bare times and other words are skipped.
    if (!start.isCertain('year')) return undefined;
  }
  const yearImplied = !start.isCertain('year');
  const { m, d } = fromComponents(start);
  let { y } = fromComponents(start);
  // A date without its year that falls more than a month after the reference is from the year before
  // ("December 28" in a report of 3 January); a day or two after is a plan or a late edit, left alone.
  const shift = yearImplied && iso(y, m, start.isCertain('day') ? d : 1) > addDays(reference, 31) ? 1 : 0;
  y -= shift;
  if (!start.isCertain('day')) {
    if (!start.isCertain('month')) return { ...base, date: `${y}-01-01`, precision: 'year', yearImplied };
    return { ...base, date: iso(y, m, 1), precision: 'month', yearImplied };
  }
  if (!realDay(y, m, d)) return undefined;
  const date = iso(y, m, d);
  if (result.end && result.end.isCertain('day')) {
    const e = fromComponents(result.end);
    const endDate = iso(e.y - shift, e.m, e.d);
    if (endDate > date && realDay(e.y - shift, e.m, e.d)) return { ...base, date, endDate, precision: 'range', yearImplied };
  }
  return { ...base, date, precision: 'day', yearImplied };
}

export interface Dateline {
  start: number;
  end: number;
  text: string;
  place: string;
  date?: DateExpression;
}

// "HANOI, October 22 (VNA) –", "Moscow (VNA) –", "MOSCOW, March 3 —": a place, an optional date, an
// optional agency in brackets, a dash or a colon, at the start of a line.
const DATELINE = /^[ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,3})(?:,[ \t]*([^\n()–—-]{3,30}?))?[ \t]*(?:\([\p{L} .]{2,20}\))?[ \t]*[–—:-](?=\s)/mu;

/** The article's dateline, if it has one, with its date resolved against `reference`. */
export function findDateline(text: string, options: DateOptions): Dateline | undefined {
  const match = DATELINE.exec(text);
  if (!match) return undefined;
  const place = match[1]!.trim();
  if (WEEKDAYS.includes(place.toLowerCase())) return undefined;
  const dateText = match[2];
  const offset = match.index + match[0].indexOf(match[1]!);
  const date = dateText ? findDateExpressions(dateText, options)[0] : undefined;
  if (dateText && !date) return undefined;
  const shifted = date && { ...date, start: date.start + match.index + match[0].indexOf(dateText!), end: date.end + match.index + match[0].indexOf(dateText!) };
  return { start: offset, end: match.index + match[0].length, text: match[0].trim(), place: titleCase(place), ...(shifted ? { date: shifted } : {}) };
}

/** "HANOI" → "Hanoi"; a place already written in mixed case is kept. */
function titleCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (s) => s.toUpperCase());
}
