// Date expressions in a passage, as the build's provenance rules read them (src/pipeline/date-expressions:
// day-first slash dates unless the outlet writes month first, "on Tuesday" the last Tuesday on or
// before the publication day, the year from the publication day, the passage or the metadata's
// outsideYear), turned into the draft's date, end date and precision.
import type { DateOrder } from '../corpus-schema';
import { findDateExpressions as readExpressions, passageYear, readPoint } from '../date-expressions';

export type Precision = 'day' | 'range' | 'month' | 'year';

export interface DateExpression {
  /** Offsets within the passage given to findDateExpressions. */
  start: number;
  end: number;
  text: string;
  date: string;
  endDate?: string;
  precision: Precision;
  /** The year is not printed with it: it comes from the publication day, the passage or outside. */
  yearFrom: 'printed' | 'publication' | 'passage' | 'outside';
}

export interface DateOptions {
  /** The printed publication day, if any. */
  publishedAt: string | null;
  /** The metadata's year for an article that prints none. */
  outsideYear?: number;
  order?: DateOrder;
}

export function findDateExpressions(passage: string, options: DateOptions): DateExpression[] {
  const expressions = readExpressions(passage, { ...(options.order ? { order: options.order } : {}), reference: options.publishedAt });
  const years = { publishedAt: options.publishedAt, passageYear: passageYear(expressions), ...(options.outsideYear ? { outsideYear: options.outsideYear } : {}) };
  return expressions.flatMap((e): DateExpression[] => {
    if (e.bareYear) return [];
    const first = readPoint(e.start, years);
    if (!first) return [];
    const last = e.end ? readPoint(e.end, years) : undefined;
    const base = { start: e.index, end: e.index + e.text.length, text: e.text, yearFrom: first.yearFrom };
    if (first.precision === 'day' && last?.precision === 'day' && last.value > first.value) {
      return [{ ...base, date: first.value, endDate: last.value, precision: 'range' }];
    }
    const date = first.precision === 'day' ? first.value : first.precision === 'month' ? `${first.value}-01` : `${first.value}-01-01`;
    return [{ ...base, date, precision: first.precision }];
  });
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

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

/** The article's dateline, if it has one, with its date read as the rules read it. */
export function findDateline(text: string, options: DateOptions): Dateline | undefined {
  const match = DATELINE.exec(text);
  if (!match) return undefined;
  const place = match[1]!.trim();
  if (WEEKDAYS.includes(place.toLowerCase())) return undefined;
  const dateText = match[2];
  const offset = match.index + match[0].indexOf(match[1]!);
  const date = dateText ? findDateExpressions(dateText, options)[0] : undefined;
  // A dateline's date may be unreadable without a year source; a place followed by other words is no dateline.
  if (dateText && !date && !/\d/.test(dateText)) return undefined;
  const shifted = date && { ...date, start: date.start + match.index + match[0].indexOf(dateText!), end: date.end + match.index + match[0].indexOf(dateText!) };
  return { start: offset, end: match.index + match[0].length, text: match[0].trim(), place: titleCase(place), ...(shifted ? { date: shifted } : {}) };
}

/** "HANOI" → "Hanoi"; a place already written in mixed case is kept. */
function titleCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (s) => s.toUpperCase());
}
