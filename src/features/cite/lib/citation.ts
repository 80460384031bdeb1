// What a citation of an event says, gathered once for every style: the event's page (permalink)
// and when it was read, and the source article with its key passage. Dates are only those the data
// has: the event's date as printed (with its precision), the article's publication day or none.
import { keyPassage, type EventRecord } from '../../../lib/event-record';
import { eventHeadline } from '../../../lib/page-title';

export interface Citation {
  /** A key for BibTeX and CSL: the event's id. */
  id: string;
  /** "Talks between … and …, 13 Aug 2024" */
  title: string;
  eventTitle: string;
  /** The event's date as printed everywhere ("Aug 2024, day not reported"). */
  eventDate: string;
  datePrecision: EventRecord['event']['datePrecision'];
  /** The event's `date` (YYYY-MM-DD): read only as far as its precision allows. */
  eventStart: string;
  /** First and last day, only for a day-precise event. */
  eventDay: { first: string; last: string } | null;
  place: string | null;
  participants: string[];
  siteTitle: string;
  permalink: string;
  /** YYYY-MM-DD, the day the reader cites it. */
  accessed: string;
  source: {
    title: string;
    outlet: string;
    /** YYYY-MM-DD or null when the article's date is not known. */
    publishedAt: string | null;
    url: string | null;
  } | null;
  /** The key passage, verbatim, or null when the article's text is not at hand. */
  passage: string | null;
}

export function citationFor(record: EventRecord, context: { siteTitle: string; permalink: string; accessed: string }): Citation {
  const { event } = record;
  const first = record.sources[0];
  return {
    id: event.id,
    title: eventHeadline(event),
    eventTitle: event.title,
    eventDate: record.dateText,
    datePrecision: event.datePrecision,
    eventStart: event.date,
    eventDay: event.datePrecision === 'day' ? { first: event.date, last: event.endDate ?? event.date } : null,
    place: event.location,
    participants: record.participants.map((p) => p.official.name),
    siteTitle: context.siteTitle,
    permalink: context.permalink,
    accessed: context.accessed,
    source: first
      ? {
          title: first.meta?.title ?? first.articleId,
          outlet: first.meta?.source ?? 'Unknown outlet',
          publishedAt: first.meta?.publishedAt ?? null,
          url: first.meta?.url ?? null,
        }
      : null,
    passage: keyPassage(record)?.text ?? null,
  };
}
