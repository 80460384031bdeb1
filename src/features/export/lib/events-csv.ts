// Events as CSV for a spreadsheet: RFC 4180 (d3-dsv quotes as needed, CRLF line ends), UTF-8 with a
// byte-order mark so that Excel reads Vietnamese and Cyrillic, and every cell that a spreadsheet
// would run as a formula (=, +, -, @, tab, carriage return first) prefixed with an apostrophe.
import { csvFormatRow } from 'd3-dsv';
import { formatDay } from '../../../lib/day-format';
import { participantLine, type EventRecord } from '../../../lib/event-record';

export const CSV_COLUMNS = [
  'id',
  'title',
  'kind',
  'date',
  'date_first',
  'date_last',
  'date_precision',
  'date_note',
  'place',
  'participants',
  'participant_ids',
  'organizations',
  'summary',
  'sources',
  'source_urls',
  'permalink',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet shows as text, never runs. */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function sourceLine(source: EventRecord['sources'][number]): string {
  const m = source.meta;
  if (!m) return source.articleId;
  return `${m.source}, “${m.title}”, ${m.publishedAt ? formatDay(m.publishedAt) : 'date not reported'}`;
}

export function eventRow(record: EventRecord, permalink: string): string[] {
  const e = record.event;
  return [
    e.id,
    e.title,
    e.kind,
    record.dateText,
    record.bounds.first,
    record.bounds.last,
    e.datePrecision,
    e.dateNote ?? '',
    e.location ?? '',
    record.participants.map(participantLine).join('; '),
    record.participants.map((p) => p.official.id).join('; '),
    record.organizations.map((o) => o.name).join('; '),
    e.summary,
    record.sources.map(sourceLine).join(' | '),
    record.sources.flatMap((s) => (s.meta?.url ? [s.meta.url] : [])).join(' '),
    permalink,
  ];
}

export function eventsCsv(records: readonly EventRecord[], permalinkOf: (eventId: string) => string): string {
  const rows = [[...CSV_COLUMNS], ...records.map((r) => eventRow(r, permalinkOf(r.event.id)))];
  return `\uFEFF${rows.map((row) => csvFormatRow(row.map(guardCell))).join('\r\n')}\r\n`;
}
