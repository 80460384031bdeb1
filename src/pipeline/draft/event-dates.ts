// When and where each contact took place, and which passages say so. A contact's own sentence may give
// the day; else "Earlier"/"Later on" date it against the contact it follows; else the visit it belongs
// to bounds it; else the dateline; else only the month of publication, which the curator must check.
import { contactCue, relativeOrder } from './contacts';
import { findDateExpressions, type DateExpression, type Precision } from './dates';
import type { ArticleReading, Contact } from './draft-article';
import { partyOfWord, type Party } from './parties';

export interface Passage {
  /** A sentence of the article, the dateline, or the passage that prints the publication day. */
  sentence?: number;
  dateline?: true;
  printed?: true;
}

export interface DatedContact extends Contact {
  date: string;
  endDate?: string;
  precision: Precision;
  dateNote?: string;
  when: Passage[];
  location: string | null;
  where: Passage[];
  /** A date read with the metadata's outsideYear: the date note must say so. */
  outsideYear: boolean;
}

const NOT_A_PLACE = new Set(
  ('January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday ' +
    'Saturday Sunday The This That His Her Their Its').split(' '),
);

/** "in A-B ties": a pair of the corpus's parties, joined by a hyphen, names a relation, not a place. */
function namesParties(word: string, parties: readonly Party[]): boolean {
  const parts = word.split('-');
  return parts.length > 1 && parts.every((p) => partyOfWord(p, parties) !== undefined);
}

export function dateEvents(reading: ArticleReading, contacts: Contact[]): DatedContact[] {
  const options = reading.dateOptions;
  const own = (c: Contact): { expression: DateExpression; sentence: number } | undefined => {
    const all = c.sentences.flatMap((i) => findDateExpressions(reading.sentences[i]!.text, options).map((expression) => ({ expression, sentence: i })));
    // A visit reported beside talks ("talks on August 13 as part of his visit") takes no day from them.
    const shared = (i: number) => contacts.some((o) => o !== c && o.kind !== 'visit' && o.sentences.includes(i));
    // The dateline's date is the report's, not the contact's.
    const inDateline = (d: { expression: DateExpression; sentence: number }) => {
      const at = reading.sentences[d.sentence]!.start + d.expression.start;
      return reading.dateline !== undefined && at >= reading.dateline.start && at < reading.dateline.end;
    };
    const usable = all.filter(
      (d) => d.expression.precision !== 'year' && !inDateline(d) && (c.kind !== 'visit' || d.expression.precision === 'range' || !shared(d.sentence)),
    );
    return (c.kind === 'visit' ? usable.find((d) => d.expression.precision === 'range') : undefined) ?? usable.find((d) => d.expression.precision !== 'month') ?? usable[0];
  };

  const dated: DatedContact[] = contacts.map((c) => {
    const found = own(c);
    const base = { ...c, location: null, where: [] as Passage[] };
    if (!found) return { ...base, date: '', precision: 'day' as Precision, when: [], outsideYear: false };
    const e = found.expression;
    return { ...base, date: e.date, ...(e.endDate ? { endDate: e.endDate } : {}), precision: e.precision, when: [{ sentence: found.sentence }], outsideYear: e.yearFrom === 'outside' };
  });

  const visits = dated.filter((d) => d.kind === 'visit' && d.precision === 'range' && d.date !== '');
  const enclosingVisit = (d: DatedContact, day?: string) =>
    visits.find((v) => v !== d && v.participants.some((p) => d.participants.some((q) => q.id === p.id)) && (!day || (v.date <= day && day <= v.endDate!)));

  for (const d of dated) {
    if (d.date !== '') continue;
    const first = Math.min(...d.sentences);
    const order = relativeOrder(reading.sentences[first]!.text);
    const anchor = order ? neighbour(dated, d, first, order) : undefined;
    if (anchor && order) {
      const visit = enclosingVisit(d, anchor.date);
      d.when = [{ sentence: first }, ...anchor.when, ...(visit ? visit.when : [])];
      d.outsideYear = anchor.outsideYear || (visit?.outsideYear ?? false);
      if (order === 'same day') Object.assign(d, { date: anchor.date, precision: 'day' });
      else if (order === 'before' && visit && visit.date < anchor.date) Object.assign(d, { date: visit.date, endDate: anchor.date, precision: 'range' });
      else if (order === 'after' && visit && visit.endDate! > anchor.date) Object.assign(d, { date: anchor.date, endDate: visit.endDate, precision: 'range' });
      else if (order === 'after' && reading.input.publishedAtQuote && reading.input.publishedAt! > anchor.date) {
        Object.assign(d, { date: anchor.date, endDate: reading.input.publishedAt, precision: 'range' });
        d.when.push({ printed: true });
      }
      else Object.assign(d, { date: `${anchor.date.slice(0, 7)}-01`, precision: 'month', dateNote: `The article says only "${reading.sentences[first]!.text.split(/[ ,]/)[0]}" against the contact of ${anchor.date}; the month is assumed: check it.` });
      if (d.precision === 'range') d.dateNote = `The article dates this only against the contact of ${anchor.date}${visit ? ' and the visit it belongs to' : ''}.`;
      continue;
    }
    const visit = enclosingVisit(d);
    if (visit) {
      Object.assign(d, { date: visit.date, endDate: visit.endDate, precision: 'range', when: visit.when, outsideYear: visit.outsideYear, dateNote: 'The article dates this only by the visit it belongs to.' });
      continue;
    }
    const inVisit = d.kind === 'visit' ? dated.find((o) => o !== d && o.date !== '' && o.precision === 'day' && o.sentences.some((s) => d.sentences.includes(s))) : undefined;
    if (inVisit) {
      Object.assign(d, { date: `${inVisit.date.slice(0, 7)}-01`, precision: 'month', when: inVisit.when, outsideYear: inVisit.outsideYear, dateNote: `The article dates only the contact of ${inVisit.date} within this visit; its first and last days are not reported.` });
      continue;
    }
    if (reading.dateline?.date?.precision === 'day') {
      const outside = reading.dateline.date.yearFrom === 'outside';
      Object.assign(d, { date: reading.dateline.date.date, precision: 'day', when: [{ dateline: true }], outsideYear: outside, dateNote: 'The article gives no date but its dateline: check that the contact took place that day.' });
      continue;
    }
    if (reading.input.publishedAt && reading.input.publishedAtQuote) {
      Object.assign(d, { date: `${reading.input.publishedAt.slice(0, 7)}-01`, precision: 'month', when: [{ printed: true }], dateNote: 'The article gives no date for this contact: the month is that of its publication; check it.' });
    }
    // Otherwise nothing in the article dates it: it stays undated and is left out of the draft.
  }
  for (const d of dated) {
    if (!d.outsideYear || d.date === '') continue;
    const said = 'The year is not printed in the article: it comes from the outsideYear of its metadata.';
    d.dateNote = d.dateNote ? `${d.dateNote} ${said}` : said;
  }

  const kept = dated.filter((d) => d.date !== '');
  for (const d of kept) locate(reading, d);
  return kept;
}

/** The dated contact an "Earlier"/"Later on" sentence is told against: the one reported just before it. */
function neighbour(dated: DatedContact[], d: DatedContact, first: number, _order: string): DatedContact | undefined {
  const before = dated.filter((o) => o !== d && o.date !== '' && o.kind !== 'visit' && Math.min(...o.sentences) < first);
  return before.sort((a, b) => Math.min(...b.sentences) - Math.min(...a.sentences))[0];
}

function locate(reading: ArticleReading, d: DatedContact): void {
  const texts = d.sentences.map((i) => ({ i, text: reading.sentences[i]!.text }));
  if (d.kind === 'online talks') {
    const online = texts.find((t) => /\b(?:online|virtual|video|phone)/i.test(t.text));
    d.location = 'Online';
    d.where = online ? [{ sentence: online.i }] : [];
    return;
  }
  const pattern = d.kind === 'visit' ? /\b(?:visits? to|visiting|arrived in|while in)\s+((?:\p{Lu}[\p{L}-]+)(?:\s(?:and\s)?\p{Lu}[\p{L}-]+)*)/u : /\b(?:in|at)\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)(?=[\s,.;]|$)/u;
  for (const t of texts) {
    const cue = contactCue(t.text);
    for (const match of t.text.matchAll(new RegExp(pattern.source, 'gu'))) {
      const place = match[1]!;
      const first = place.split(' ')[0]!;
      if (NOT_A_PLACE.has(first) || namesParties(first, reading.input.parties) || isNamed(reading, t.i, match.index + match[0].length - place.length, place.length)) continue;
      if (d.kind !== 'visit' && cue && match.index < cue.index - 80) continue;
      d.location = place;
      d.where = [{ sentence: t.i }];
      return;
    }
  }
  if (d.kind !== 'visit' && reading.dateline) {
    d.location = reading.dateline.place;
    d.where = [{ dateline: true }];
  }
}

/** Whether a span of a sentence is part of a person's or an organization's name. */
function isNamed(reading: ArticleReading, sentence: number, offset: number, length: number): boolean {
  const start = reading.sentences[sentence]!.start + offset;
  return reading.mentions.some((m) => start < m.end && start + length > m.start);
}
