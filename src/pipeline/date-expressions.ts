// The one reader of date expressions in article text, shared by corpus:scan and the provenance rules:
// "June 19", "on Tuesday", "December 3, 2018", "August 13-19", "05/07/2020", bare years ("until 2030").
// chrono-node finds them. What matters for provenance is which parts the text prints and which a
// reader has to supply (a year from the publication date, from elsewhere in the passage, or from
// outside the article), so every expression keeps its printed parts apart from its reading.
import * as chrono from 'chrono-node';
import type { DateOrder } from './corpus-schema';

export interface DatePoint {
  /** Parts the text prints itself (the same whatever day it is read on); null when not printed. */
  year: number | null;
  month: number | null;
  day: number | null;
  /** The reading against the reference day, when one was given (year, month and day all filled). */
  read?: { year: number; month: number; day: number; precision: 'day' | 'month' | 'year' };
}

export interface DateExpression {
  /** The phrase as the article writes it, and where it starts in the parsed text. */
  text: string;
  index: number;
  start: DatePoint;
  end?: DatePoint;
  /** A year standing alone ("until 2030"), which chrono leaves to the reader. */
  bareYear: boolean;
}

export interface DateReading {
  /** YYYY-MM-DD, YYYY-MM or YYYY, as far as the text (and the year's source) make it precise. */
  value: string;
  precision: 'day' | 'month' | 'year';
  /** Where the year comes from: the text, the publication day, a year printed elsewhere in the passage, outside. */
  yearFrom: 'printed' | 'publication' | 'passage' | 'outside';
}

// Month-first chrono reads "05/07/2020" as 7 May; its day-first (en-GB) setting also reads
// "June 19" as June 2019. So day-first here is the month-first reader with only its slash-date parser
// swapped for the day-first one (the two configurations list their parsers in the same order).
function dayFirstChrono(): chrono.Chrono {
  const config = chrono.en.configuration.createCasualConfiguration(false);
  const littleEndian = chrono.en.configuration.createCasualConfiguration(true);
  config.parsers = config.parsers.map((parser, i) => ('groupNumberDay' in parser ? (littleEndian.parsers[i] ?? parser) : parser));
  return new chrono.Chrono(config);
}

const readers: Record<DateOrder, chrono.Chrono> = { 'day-first': dayFirstChrono(), 'month-first': chrono.en.casual };
// Far-apart reference days: a part that reads the same against two of them is printed, not inferred.
const PROBES = [new Date('1911-02-11T12:00:00Z'), new Date('2011-10-23T12:00:00Z')];

const BARE_YEAR = /\b(1[89]|20)\d{2}\b/g;

type Parsed = chrono.ParsedResult;

function printedParts(results: Parsed[], pick: (r: Parsed) => chrono.ParsedComponents | null): Pick<DatePoint, 'year' | 'month' | 'day'> {
  const part = (key: 'year' | 'month' | 'day'): number | null => {
    const values = results.map((r) => {
      const c = pick(r);
      return c?.isCertain(key) ? c.get(key) : null;
    });
    return values.every((v) => v !== null && v === values[0]) ? values[0]! : null;
  };
  return { year: part('year'), month: part('month'), day: part('day') };
}

function reading(c: chrono.ParsedComponents, reference: Date): DatePoint['read'] {
  let year = c.get('year') ?? reference.getUTCFullYear();
  let month = c.get('month') ?? 1;
  let day = c.get('day') ?? 1;
  const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day');
  if (weekdayOnly) {
    // News reports what has happened: "on Tuesday" is the last Tuesday on or before the reference day.
    const back = (reference.getUTCDay() - (c.get('weekday') ?? 0) + 7) % 7;
    const d = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate() - back));
    [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  }
  const precision = weekdayOnly || c.isCertain('day') ? 'day' : c.isCertain('month') ? 'month' : 'year';
  return { year, month, day, precision };
}

/** Every date expression of `text`; with `reference` (a YYYY-MM-DD day) each is also read against it. */
export function findDateExpressions(text: string, options: { order?: DateOrder; reference?: string | null } = {}): DateExpression[] {
  const reader = readers[options.order ?? 'day-first'];
  const parse = (instant: Date) => reader.parse(text, { instant, timezone: 0 }, { forwardDate: false });
  const reference = options.reference ? new Date(`${options.reference}T12:00:00Z`) : undefined;
  // The reading against the reference doubles as the second probe (it is far from the first).
  const read = reference ? parse(reference) : undefined;
  const probes = [parse(PROBES[0]!), read ?? parse(PROBES[1]!)];
  const expressions: DateExpression[] = [];
  for (const result of probes[0]!) {
    // The probes find the same phrases (only relative readings differ); skip any that they do not.
    const same = probes.map((p) => p.find((r) => r.index === result.index && r.text === result.text));
    if (same.some((r) => r === undefined)) continue;
    const all = same as Parsed[];
    const atReference = read?.find((r) => r.index === result.index && r.text === result.text);
    const start: DatePoint = { ...printedParts(all, (r) => r.start) };
    if (atReference && reference) start.read = reading(atReference.start, reference);
    const expression: DateExpression = { text: result.text, index: result.index, start, bareYear: false };
    if (result.end) {
      expression.end = { ...printedParts(all, (r) => r.end ?? null) };
      if (atReference?.end && reference) expression.end.read = reading(atReference.end, reference);
    }
    expressions.push(expression);
  }
  for (const match of text.matchAll(BARE_YEAR)) {
    if (expressions.some((e) => match.index >= e.index && match.index < e.index + e.text.length)) continue;
    const year = Number(match[0]);
    const point: DatePoint = { year, month: null, day: null, ...(reference ? { read: { year, month: 1, day: 1, precision: 'year' as const } } : {}) };
    expressions.push({ text: match[0], index: match.index, start: point, bareYear: true });
  }
  return expressions.sort((a, b) => a.index - b.index);
}

/** Whether the text prints a year anywhere (as part of a date or on its own). */
export function printsYear(text: string, order?: DateOrder): boolean {
  return findDateExpressions(text, order ? { order } : {}).some((e) => e.start.year !== null || (e.end?.year ?? null) !== null);
}

export interface YearSources {
  /** The publication day when the article prints it: relative expressions are read against it. */
  publishedAt?: string | null;
  /** A year printed in the same passage ("Army Games 2019, running from August 13-19"). */
  passageYear?: number;
  /** The year other reporting gives, for an article that prints none (see `outsideYear`). */
  outsideYear?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function format(year: number, month: number | null, day: number | null): DateReading['value'] {
  if (month === null) return String(year);
  return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * What one end of an expression gives, at its precision, with the source of its year; undefined
 * when nothing gives the year (or a relative phrase has no publication day to be read against).
 */
export function readPoint(point: DatePoint, years: YearSources): DateReading | undefined {
  const precision = (p: Pick<DatePoint, 'month' | 'day'>): DateReading['precision'] => (p.day !== null ? 'day' : p.month !== null ? 'month' : 'year');
  if (point.year !== null && (point.month !== null || point.day === null)) {
    return { value: format(point.year, point.month, point.month === null ? null : point.day), precision: precision(point), yearFrom: 'printed' };
  }
  if (years.publishedAt && point.read) {
    const { year, month, day, precision: p } = point.read;
    return { value: format(year, p === 'year' ? null : month, p === 'day' ? day : null), precision: p, yearFrom: 'publication' };
  }
  if (point.month === null) return undefined; // a weekday or "yesterday" needs the publication day
  const year = years.passageYear ?? years.outsideYear;
  if (year === undefined) return undefined;
  return { value: format(year, point.month, point.day), precision: precision(point), yearFrom: years.passageYear !== undefined ? 'passage' : 'outside' };
}

/** The single year a passage prints, if exactly one: it dates the passage's day-and-month expressions. */
export function passageYear(expressions: readonly DateExpression[]): number | undefined {
  const years = new Set(expressions.flatMap((e) => [e.start.year, e.end?.year ?? null]).filter((y): y is number => y !== null));
  return years.size === 1 ? [...years][0] : undefined;
}
