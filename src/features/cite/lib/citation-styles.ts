// A citation of an event in six formats. Each names the event's page and the day it was read, the
// source article (title, outlet, date as published, link) and the key passage in quotation marks.
// No style is given a day the data lacks: the event's own date is printed as the app prints it,
// and an article with no known date is "n.d." (or has none).
import { utcFormat } from 'd3-time-format';
import { dayToMs } from '../../../lib/dates';
import { formatDay } from '../../../lib/day-format';
import type { Citation } from './citation';

export const citationFormats = ['APA', 'Chicago', 'MLA', 'BibTeX', 'RIS', 'CSL-JSON'] as const;
export type CitationFormat = (typeof citationFormats)[number];

const ymd = (iso: string) => ({ y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) });
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const longMonthDayYear = utcFormat('%B %-d, %Y');
const yearLongMonthDay = utcFormat('%Y, %B %-d');
/** "November 30, 2026" */
const monthDayYear = (iso: string) => longMonthDayYear(new Date(dayToMs(iso)));
/** "30 Nov. 2026" */
const mlaDay = (iso: string) => {
  const { y, m, d } = ymd(iso);
  return `${d} ${MLA_MONTHS[m - 1]} ${y}`;
};
/** "2024, August 14" */
const apaDay = (iso: string) => yearLongMonthDay(new Date(dayToMs(iso)));
/** "14 Aug 2024" */
const plainDay = formatDay;

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const quoted = (passage: string | null, label = 'Key passage') => (passage ? ` ${label}: “${flat(passage)}”` : '');
const period = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

export function apa(c: Citation): string {
  let out = `${period(c.siteTitle)} (n.d.). ${c.title} [Event record]. Retrieved ${monthDayYear(c.accessed)}, from ${c.permalink}`;
  if (c.source) {
    const s = c.source;
    out += ` Source: ${period(s.outlet)} (${s.publishedAt ? apaDay(s.publishedAt) : 'n.d.'}). ${period(s.title)}${s.url ? ` ${s.url}` : ''}`;
  }
  return out + quoted(c.passage);
}

export function chicago(c: Citation): string {
  let out = `${period(c.siteTitle)} “${period(c.title)}” Accessed ${monthDayYear(c.accessed)}. ${c.permalink}.`;
  if (c.source) {
    const s = c.source;
    out += ` Source: ${s.outlet}, “${s.title},” ${s.publishedAt ? monthDayYear(s.publishedAt) : 'n.d.'}${s.url ? `, ${s.url}` : ''}.`;
  }
  return out + quoted(c.passage);
}

export function mla(c: Citation): string {
  let out = `“${period(c.title)}” ${c.siteTitle}, ${c.permalink}. Accessed ${mlaDay(c.accessed)}.`;
  if (c.source) {
    const s = c.source;
    out += ` Source: “${period(s.title)}” ${s.outlet}${s.publishedAt ? `, ${mlaDay(s.publishedAt)}` : ''}${s.url ? `, ${s.url}` : ''}.`;
  }
  return out + quoted(c.passage, 'Quoted passage');
}

/** Text for a BibTeX field: LaTeX's special characters escaped, braces balanced by construction. */
export function bibtexEscape(text: string): string {
  return flat(text).replace(/[\\{}&%$#_~^]/g, (ch) => {
    switch (ch) {
      case '\\':
        return '\\textbackslash{}';
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      default:
        return `\\${ch}`;
    }
  });
}

/** Braces around each word with a capital, so that styles (and Zotero) that lower-case titles keep names. */
export function protectCase(text: string): string {
  return text
    .split(' ')
    .map((word) => (/\p{Lu}/u.test(word) ? `{${word}}` : word))
    .join(' ');
}

// TeX's quotation marks.
const TEX_OPEN = '``';
const TEX_CLOSE = "''";

/** A URL in a verbatim field: only braces would break it. */
const bibtexUrl = (url: string) => url.replaceAll('{', '%7B').replaceAll('}', '%7D').replace(/\s/g, '%20');

export function bibtex(c: Citation): string {
  const note = [`Event date: ${c.eventDate}${c.place ? `; place: ${c.place}` : ''}.`];
  if (c.source) {
    const s = c.source;
    note.push(`Source: ${s.outlet}, ${TEX_OPEN}${s.title}${TEX_CLOSE}, ${s.publishedAt ? plainDay(s.publishedAt) : 'n.d.'}${s.url ? `, ${s.url}` : ''}.`);
  }
  if (c.passage) note.push(`Key passage: ${TEX_OPEN}${flat(c.passage)}${TEX_CLOSE}.`);
  const fields: [string, string][] = [
    ['title', protectCase(bibtexEscape(c.title))],
    ['organization', bibtexEscape(c.siteTitle)],
    ['howpublished', `\\url{${bibtexUrl(c.permalink)}}`],
    ['url', bibtexUrl(c.permalink)],
    ['urldate', c.accessed],
    ['note', note.map(bibtexEscape).join(' ')],
  ];
  const key = c.id.replace(/[^A-Za-z0-9_.-]/g, '-');
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}\n`;
}

export function ris(c: Citation): string {
  const notes = [`Event date: ${c.eventDate}`, ...(c.place ? [`Place: ${c.place}`] : [])];
  if (c.source) {
    const s = c.source;
    notes.push(`Source: ${s.outlet}, “${s.title}”, ${s.publishedAt ? plainDay(s.publishedAt) : 'n.d.'}${s.url ? `, ${s.url}` : ''}`);
  }
  if (c.passage) notes.push(`Key passage: “${flat(c.passage)}”`);
  const lines: [string, string][] = [
    ['TY', 'ELEC'],
    ['TI', c.title],
    ['PB', c.siteTitle],
    ['UR', c.permalink],
    ['Y2', c.accessed.replaceAll('-', '/')],
    ...c.participants.map((p): [string, string] => ['KW', p]),
    ['N1', notes.join('. ')],
    ['ER', ''],
  ];
  // RIS: two-letter tag, two spaces, hyphen, space; CRLF line ends; one line per value.
  return lines.map(([tag, value]) => `${tag}  - ${flat(value)}`.trimEnd() + (tag === 'ER' ? ' ' : '')).join('\r\n') + '\r\n';
}

type DateParts = { 'date-parts': number[][] } | { literal: string };

/** The event's date for CSL, only as precise as the data: a "day not reported" span is a literal. */
export function cslEventDate(c: Citation): DateParts {
  const { y, m, d } = ymd(c.eventStart);
  switch (c.datePrecision) {
    case 'day': {
      const parts = [[y, m, d]];
      if (c.eventDay && c.eventDay.last !== c.eventDay.first) {
        const last = ymd(c.eventDay.last);
        parts.push([last.y, last.m, last.d]);
      }
      return { 'date-parts': parts };
    }
    case 'month':
      return { 'date-parts': [[y, m]] };
    case 'year':
      return { 'date-parts': [[y]] };
    case 'range':
      return { literal: c.eventDate };
  }
}

export function cslJson(c: Citation): string {
  const { y, m, d } = ymd(c.accessed);
  const notes = [...(c.source ? [`Source: ${c.source.outlet}, “${c.source.title}”, ${c.source.publishedAt ? plainDay(c.source.publishedAt) : 'n.d.'}${c.source.url ? `, ${c.source.url}` : ''}`] : [])];
  if (c.passage) notes.push(`Key passage: “${flat(c.passage)}”`);
  const item = {
    id: c.id,
    type: 'webpage',
    title: c.title,
    'container-title': c.siteTitle,
    URL: c.permalink,
    accessed: { 'date-parts': [[y, m, d]] },
    'event-title': c.eventTitle,
    'event-date': cslEventDate(c),
    ...(c.place ? { 'event-place': c.place } : {}),
    ...(notes.length ? { note: notes.join('. ') } : {}),
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}

export interface CitationFile {
  text: string;
  fileName: string;
  mimeType: string;
}

export function formatCitation(format: CitationFormat, c: Citation): CitationFile {
  const base = c.id;
  switch (format) {
    case 'APA':
      return { text: apa(c), fileName: `${base}-apa.txt`, mimeType: 'text/plain' };
    case 'Chicago':
      return { text: chicago(c), fileName: `${base}-chicago.txt`, mimeType: 'text/plain' };
    case 'MLA':
      return { text: mla(c), fileName: `${base}-mla.txt`, mimeType: 'text/plain' };
    case 'BibTeX':
      return { text: bibtex(c), fileName: `${base}.bib`, mimeType: 'application/x-bibtex' };
    case 'RIS':
      return { text: ris(c), fileName: `${base}.ris`, mimeType: 'application/x-research-info-systems' };
    case 'CSL-JSON':
      return { text: cslJson(c), fileName: `${base}.csl.json`, mimeType: 'application/vnd.citationstyles.csl+json' };
  }
}
