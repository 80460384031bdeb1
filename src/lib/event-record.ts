// What the explorer says about one event, gathered for everything that carries it out of the app:
// the event's page, its citations and the exports. Pure: the article texts come from the caller
// (files at build time, the article queries in the browser).
import { eventEndDay } from '../data/dataset-index';
import { countryName } from '../data/countries';
import type { ArticleMeta, DefenceEvent, Official, Organization, Party, Role, Span } from '../data/schema';
import { msToDay } from './dates';
import { formatEventDate } from './day-format';
import { roleAtEvent } from './role-at';

export interface Participant {
  official: Official;
  /** The title the official held at the event, or null when no article gives one. */
  role: Role | null;
  /** The official's country in words (a party's name from the dataset, else the region's). */
  country: string;
}

export interface Passage {
  text: string;
  /** What the passage is evidence for (who, when, where, what); empty when the data does not say. */
  supports: readonly string[];
}

export interface SourceRecord {
  articleId: string;
  meta: ArticleMeta | undefined;
  /** The evidence passages, verbatim, in the article's order; empty when its text is not at hand. */
  passages: Passage[];
}

export interface EventRecord {
  event: DefenceEvent;
  /** The date as printed everywhere ("Aug 2024, day not reported"). */
  dateText: string;
  /** First and last day the event may have taken place on (YYYY-MM-DD), whatever its precision. */
  bounds: { first: string; last: string };
  participants: Participant[];
  organizations: Organization[];
  sources: SourceRecord[];
}

export interface RecordLookups {
  officialById: ReadonlyMap<string, Official>;
  organizationById: ReadonlyMap<string, Organization>;
  articleById: ReadonlyMap<string, ArticleMeta>;
  partyByCode: ReadonlyMap<string, Party>;
}

/** Evidence spans may say what they support; older datasets do not. */
export function spanSupports(span: Span): readonly string[] {
  const supports = (span as Span & { supports?: unknown }).supports;
  return Array.isArray(supports) ? supports.filter((s): s is string => typeof s === 'string') : [];
}

export function eventBounds(event: DefenceEvent): { first: string; last: string } {
  return { first: event.date, last: msToDay(eventEndDay(event)) };
}

export function eventRecord(lookups: RecordLookups, event: DefenceEvent, textOf: (articleId: string) => string | undefined): EventRecord {
  return {
    event,
    dateText: formatEventDate(event),
    bounds: eventBounds(event),
    participants: event.officialIds.flatMap((id) => {
      const official = lookups.officialById.get(id);
      return official ? [{ official, role: roleAtEvent(official, event), country: countryName(lookups.partyByCode, official.country) }] : [];
    }),
    organizations: event.organizationIds.flatMap((id) => lookups.organizationById.get(id) ?? []),
    sources: event.sources.map((source) => {
      const text = textOf(source.articleId);
      return {
        articleId: source.articleId,
        meta: lookups.articleById.get(source.articleId),
        passages:
          text === undefined
            ? []
            : [...source.evidence]
                .sort((a, b) => a.start - b.start)
                .filter((span) => span.end <= text.length)
                .map((span) => ({ text: text.slice(span.start, span.end), supports: spanSupports(span) })),
      };
    }),
  };
}

/**
 * The passage a citation quotes: the first one of the first source that has its text at hand.
 * @public (for the citation formats; not called yet)
 */
export function keyPassage(record: EventRecord): Passage | null {
  for (const source of record.sources) if (source.passages[0]) return source.passages[0];
  return null;
}

/** "Phan Van Giang, Minister of National Defence" */
export function participantLine(p: Participant): string {
  return p.role ? `${p.official.name}, ${p.role.title}` : p.official.name;
}
