// What the rules read: each event's quotes resolved to passages of its articles (with what each says
// it supports), and the dates each passage gives, read the way corpus:scan reads them.
import type { EvidenceClaim } from '../../data/schema';
import { eventEndDay } from '../../data/dataset-index';
import { msToDay } from '../../lib/dates';
import type { CorpusEvent } from '../corpus-schema';
import { findDateExpressions, passageYear, readPoint, type DateReading } from '../date-expressions';
import { QuoteFinder } from '../quote-finder';
import type { CorpusArticle, RawCorpus } from '../read-corpus';
import type { Path, YamlSource } from '../yaml-source';

/** The parts of a corpus the rules read (a corpus being drafted need not have been built). */
export type ProvenanceCorpus = Pick<RawCorpus, 'articles' | 'officials' | 'organizations' | 'annotations'>;

export interface Passage {
  article: CorpusArticle;
  start: number;
  end: number;
  text: string;
  supports: readonly EvidenceClaim[];
}

export interface EventInContext {
  yaml: YamlSource;
  /** Path of the event in its annotation file, for line numbers. */
  at: Path;
  event: CorpusEvent;
  passages: Passage[];
}

/** One date a passage gives: an expression, or one end of a range. */
export interface PassageDate extends DateReading {
  text: string;
  end: 'start' | 'end' | 'single';
}

export class ProvenanceContext {
  readonly articles: Map<string, CorpusArticle>;
  private readonly finders = new Map<string, QuoteFinder>();

  constructor(readonly corpus: ProvenanceCorpus) {
    this.articles = new Map(corpus.articles.map((a) => [a.id, a]));
  }

  /** The passage a quote names in an article, or undefined when it is not found exactly once. */
  find(article: CorpusArticle, quote: string): { start: number; end: number } | undefined {
    let finder = this.finders.get(article.id);
    if (!finder) this.finders.set(article.id, (finder = new QuoteFinder(article.text)));
    const match = finder.find(quote);
    return match.kind === 'found' ? { start: match.start, end: match.end } : undefined;
  }

  private cached: EventInContext[] | undefined;

  /**
   * Every event with its passages. An event with a quote that is not found (or an unknown article) is
   * left out: the build reports that quote, and what the event's passages support is checked once it
   * is fixed, rather than reported again as a missing `who` or `when`.
   */
  events(): EventInContext[] {
    this.cached ??= this.corpus.annotations.flatMap(({ yaml, data }) =>
      data.events.flatMap((event, e) => {
        const passages: Passage[] = [];
        for (const source of event.sources) {
          const article = this.articles.get(source.article);
          if (!article) return [];
          for (const quote of source.quotes) {
            const span = this.find(article, quote.text);
            if (!span) return [];
            passages.push({ article, ...span, text: article.text.slice(span.start, span.end), supports: quote.supports });
          }
        }
        return [{ yaml, at: ['events', e], event, passages }];
      }),
    );
    return this.cached;
  }
}

const cache = new WeakMap<CorpusArticle, Map<string, PassageDate[]>>();

/** Every date a stretch of an article gives, each with its precision and the source of its year. */
export function datesIn(article: CorpusArticle, text: string): PassageDate[] {
  let byText = cache.get(article);
  if (!byText) cache.set(article, (byText = new Map()));
  let dates = byText.get(text);
  if (!dates) byText.set(text, (dates = readDates(article, text)));
  return dates;
}

function readDates(article: CorpusArticle, text: string): PassageDate[] {
  const { publishedAt, dateOrder, outsideYear } = article.meta;
  const expressions = findDateExpressions(text, { reference: publishedAt, ...(dateOrder ? { order: dateOrder } : {}) });
  const years = { publishedAt, passageYear: passageYear(expressions), ...(outsideYear === undefined ? {} : { outsideYear }) };
  return expressions.flatMap((e) => {
    const start = readPoint(e.start, years);
    const end = e.end ? readPoint(e.end, years) : undefined;
    const out: PassageDate[] = [];
    if (start) out.push({ ...start, text: e.text, end: end ? 'start' : 'single' });
    if (end) out.push({ ...end, text: e.text, end: 'end' });
    return out;
  });
}

/** The first and last day an event's date allows: its range, or its whole month or year. */
export function eventBounds(event: Pick<CorpusEvent, 'date' | 'endDate' | 'precision'>): { first: string; last: string } {
  return { first: event.date, last: msToDay(eventEndDay({ date: event.date, endDate: event.endDate, datePrecision: event.precision })) };
}

export function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > 80 ? `${flat.slice(0, 77)}...` : flat}"`;
}
