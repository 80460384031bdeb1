// The one definition of the dataset. The pipeline validates what it writes with it, the app validates
// what it fetches with it, and every TypeScript type of the data is inferred from it.
// zod/mini: the same validation as zod with a tree-shakable API, a third of classic zod's weight in
// the page's initial JavaScript.
import * as z from 'zod/mini';
import { asOfEndNotBeforeAsOf, datesListsAlign, endDateNotBeforeDate, isRealDay, namesOneOfficialOrOrganization, partyCodesAreUnique, periodEndsAfterStart, searchPositionsInRange, spanEndsAfterStart } from './refinements';
import { ID_PATTERN } from '../lib/ids';
import { datePrecisions, evidenceClaims, eventKinds, SCHEMA_VERSION } from './schema-constants';

// Re-exported: defined without zod, so that modules that only need these need not load it.
export { datePrecisions, evidenceClaims, eventKinds, isRealDay, SCHEMA_VERSION };

// No code generation: the production CSP forbids eval, and zod's probe for it (a caught
// `new Function`) would still be reported as a CSP violation.
z.config({ jitless: true });

const text = () => z.string().check(z.minLength(1));
const offset = () => z.int().check(z.nonnegative());

/** A real calendar day written YYYY-MM-DD: 2019-02-30 is rejected, not rolled over. */
export const isoDate = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD'), z.refine(isRealDay, 'not a real calendar day'));

export const id = z.string().check(z.regex(ID_PATTERN, 'ids are letters, digits, _ . - (1–200)'));
/** A country: one of the corpus's parties' codes or another ISO 3166 alpha-2 code (the pipeline checks which). */
export const country = z.string().check(z.regex(/^[A-Z]{2}$/, 'a country code is two capital letters (ISO 3166 alpha-2)'));
/** Written #rrggbb only, so a colour from the data can never carry anything else into a style. */
export const colour = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb'));
export const eventKind = z.enum(eventKinds);
export const datePrecision = z.enum(datePrecisions);
export const evidenceClaim = z.enum(evidenceClaims);

/** A span of an article's text: `text.slice(start, end)`, JavaScript string indices. */
export const span = z
  .object({ start: offset(), end: offset() })
  .check(z.refine(spanEndsAfterStart, 'a span ends after it starts'));

/** One of the countries whose ties the corpus covers. */
export const party = z.object({
  code: country,
  name: text(),
  adjective: text(),
  colour,
});

/** What the corpus is about, from its corpus.yaml: every title, legend, colour and default window comes from it. */
export const corpusInfo = z.object({
  title: text(),
  description: text(),
  parties: z.array(party).check(z.minLength(2)),
  span: z.object({ from: isoDate, to: isoDate }).check(z.refine(periodEndsAfterStart, 'the span ends after it starts')),
}).check(z.refine(partyCodesAreUnique, 'party codes are unique'));

/** An evidence passage of an event, with what it says about it (one claim or more). */
export const evidenceSpan = z
  .object({ start: offset(), end: offset(), supports: z.array(evidenceClaim).check(z.minLength(1)) })
  .check(z.refine(spanEndsAfterStart, 'a span ends after it starts'));

export const articleMeta = z.object({
  id,
  title: text(),
  source: text(),
  /** A day only when the article prints it; `publishedAtQuote` is the printed text. */
  publishedAt: z.nullable(isoDate),
  publishedAtQuote: z.optional(text()),
  publishedAtNote: z.optional(text()),
  /** The year its dates take from other reporting, in an article that prints no year and no date. */
  outsideYear: z.optional(z.int()),
  url: z.nullable(z.url({ protocol: /^https?$/ })),
});

/**
 * A title an official held, as one article reports it. `asOf` is a day (the publication day or one a
 * passage gives); with `asOfEnd` the pair are only the bounds of the event the article reports, and the
 * title is shown "as reported in" the article rather than "on" a day.
 */
export const role = z
  .object({
    title: text(),
    organizationId: z.nullable(id),
    asOf: isoDate,
    asOfEnd: z.optional(isoDate),
    articleId: id,
    start: offset(),
    end: offset(),
  })
  .check(z.refine(asOfEndNotBeforeAsOf, 'asOfEnd is before asOf'));

export const official = z.object({
  id,
  name: text(),
  nativeName: z.optional(text()),
  country,
  aliases: z.array(text()),
  roles: z.array(role),
});

export const organization = z.object({
  id,
  name: text(),
  country: z.nullable(country),
  aliases: z.array(text()),
});

export const eventSource = z.object({
  articleId: id,
  evidence: z.array(evidenceSpan).check(z.minLength(1)),
});

export const event = z
  .object({
    id,
    title: text(),
    kind: eventKind,
    date: isoDate,
    endDate: z.optional(isoDate),
    datePrecision,
    dateNote: z.optional(text()),
    location: z.nullable(text()),
    officialIds: z.array(id),
    organizationIds: z.array(id),
    summary: text(),
    sources: z.array(eventSource).check(z.minLength(1)),
  })
  .check(z.refine(endDateNotBeforeDate, 'endDate is before date'));

export const dataset = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  corpus: corpusInfo,
  articles: z.array(articleMeta),
  officials: z.array(official),
  organizations: z.array(organization),
  events: z.array(event),
});

/**
 * event-dates.json: the dates of every event and nothing else, small enough to draw the timeline's
 * first picture (counts per period) while dataset.json is still loading. Events in the timeline's
 * order; each start as days after the previous one (the first after `firstDay`).
 */
export const eventDates = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    corpus: corpusInfo,
    /** Days from 1970-01-01 (UTC) to the first event's first day (negative before 1970). */
    firstDay: z.int(),
    startDeltas: z.array(z.int().check(z.nonnegative())),
    /** Days from each event's first day to its last. */
    lengths: z.array(z.int().check(z.nonnegative())),
  })
  .check(z.refine(datesListsAlign, 'startDeltas and lengths have one entry per event'));

/**
 * network-layout.json: where the network draws each node, by key (an official's id, or `org:` and an
 * organization's id). The corpus keeps one (src/corpus/network-layout.json, written by
 * `npm run corpus:layout`) so that adding an article moves the picture little; the build ships it,
 * completed for every node of the graph, beside the dataset.
 */
export const networkLayout = z.object({
  schemaVersion: z.literal(1),
  // Any key: one that names no node of the graph is ignored, like the id of an official who left.
  positions: z.record(z.string(), z.tuple([z.number(), z.number()])),
});

export const mention = z
  .object({
    start: offset(),
    end: offset(),
    officialId: z.optional(id),
    organizationId: z.optional(id),
  })
  .check(
    z.refine(namesOneOfficialOrOrganization, 'a mention names one official or one organization'),
  );

export const articleFile = z.object({
  id,
  text: z.string(),
  mentions: z.array(mention),
});

/**
 * search.json: what the search indexes first, written beside the dataset so that the article texts stay
 * out of dataset.json. Each event refers by position to its participants' and organizations' entries in
 * `names` (every form of a name, once per official or organization) and to its entries in `articles`; the
 * articles' text is in the chunk files that `chunks` lists (`searchArticlesFile`), fetched after it.
 */
const position = offset();
export const searchFile = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    events: z.array(z.object({ id, title: z.string(), summary: z.string(), place: z.string(), names: z.array(position), articles: z.array(position) })),
    names: z.array(z.object({ id, kind: z.enum(['official', 'organization']), names: z.array(z.string()) })),
    articles: z.array(id),
    chunks: z.array(z.string().check(z.regex(/^search-articles-\d{1,6}\.json$/, 'a chunk is search-articles-<n>.json'))),
  })
  .check(z.refine(searchPositionsInRange, "events refer only to the file's names and articles"));

/** search-articles-<n>.json: the full text of some of the articles that search.json lists. */
export const searchArticlesFile = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(z.object({ id, text: z.string() })),
});

export type Party = z.infer<typeof party>;
export type CorpusInfo = z.infer<typeof corpusInfo>;
export type ArticleMeta = z.infer<typeof articleMeta>;
export type Role = z.infer<typeof role>;
export type Official = z.infer<typeof official>;
export type Organization = z.infer<typeof organization>;
export type EventSource = z.infer<typeof eventSource>;
export type DefenceEvent = z.infer<typeof event>;
export type EventKind = z.infer<typeof eventKind>;
export type DatePrecision = z.infer<typeof datePrecision>;
export type EvidenceClaim = z.infer<typeof evidenceClaim>;
export type EvidenceSpan = z.infer<typeof evidenceSpan>;
export type Dataset = z.infer<typeof dataset>;
export type Mention = z.infer<typeof mention>;
export type ArticleFile = z.infer<typeof articleFile>;
export type Span = z.infer<typeof span>;
export type SearchFile = z.infer<typeof searchFile>;
export type NetworkLayoutFile = z.infer<typeof networkLayout>;
export type SearchArticlesFile = z.infer<typeof searchArticlesFile>;
export type EventDates = z.infer<typeof eventDates>;
