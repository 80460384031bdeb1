// The corpus as curators write it (YAML and JSON by hand). It differs from the dataset the app reads
// (src/data/schema.ts): names follow the annotation vocabulary (`precision`, `officials`, `quotes`) and
// there are no offsets yet. Objects are strict so that a misspelt key ("offcials") is an error, not a
// silently dropped list.
import { z } from 'zod';
import { colour, country, datePrecision, evidenceClaims, eventKind, id, isoDate } from '../data/schema';

const text = z.string().trim().min(1, 'must not be empty');

/** A list a curator may leave out or leave empty (`roles:` with nothing under it parses as null). */
function list<T extends z.core.$ZodType>(item: T) {
  return z
    .array(item)
    .nullish()
    .transform((value) => value ?? []);
}

export const corpusParty = z.strictObject({
  code: country,
  name: text,
  adjective: text,
  colour,
});

/** corpus.yaml: what the corpus is about. Colours are checked against the themes in party-colours.ts. */
export const corpusDescription = z
  .strictObject({
    title: text,
    description: text,
    parties: z.array(corpusParty).min(2, 'a corpus needs two or more parties'),
    span: z.strictObject({ from: isoDate, to: isoDate }),
  })
  .superRefine((corpus, ctx) => {
    if (corpus.span.to <= corpus.span.from) {
      ctx.addIssue({ code: 'custom', path: ['span', 'to'], message: `span.to ${corpus.span.to} is not after span.from ${corpus.span.from}` });
    }
    corpus.parties.forEach((party, i) => {
      if (corpus.parties.findIndex((p) => p.code === party.code) !== i) {
        ctx.addIssue({ code: 'custom', path: ['parties', i, 'code'], message: `party code "${party.code}" is used twice` });
      }
    });
  });

export const dateOrders = ['day-first', 'month-first'] as const;
export type DateOrder = (typeof dateOrders)[number];

export const corpusArticleMeta = z.strictObject({
  title: text,
  source: text,
  publishedAt: z.nullable(isoDate),
  /** The article's own text that prints `publishedAt` ("05/07/2020"); required when publishedAt is a day. */
  publishedAtQuote: text.optional(),
  publishedAtNote: text.optional(),
  /** How the outlet writes numeric dates: "05/07/2020" is 5 July day-first (the default), 7 May month-first. */
  dateOrder: z.enum(dateOrders).optional(),
  /** For an article that prints no year and no date only: the year other reporting gives (say so in publishedAtNote). */
  outsideYear: z.int().min(1900).max(2100).optional(),
  url: z.url({ protocol: /^https?$/ }).nullable(),
});

export const corpusOfficial = z.strictObject({
  id,
  name: text,
  nativeName: text.optional(),
  country,
  aliases: list(text),
});

export const corpusOrganization = z.strictObject({
  id,
  name: text,
  country: z.nullable(country),
  aliases: list(text),
});

export const corpusOfficials = z.array(corpusOfficial);
export const corpusOrganizations = z.array(corpusOrganization);

export const corpusRole = z
  .strictObject({
    official: id,
    title: text,
    organization: z.optional(z.nullable(id)),
    /** The publication day (the default when the article prints one) or a day a passage gives. */
    asOf: z.optional(isoDate),
    /** Otherwise the event whose reported dates bound the title. */
    asOfEvent: z.optional(id),
    quote: text,
  })
  .refine((role) => role.asOf === undefined || role.asOfEvent === undefined, { path: ['asOfEvent'], message: 'give asOf or asOfEvent, not both' });

export const evidenceClaim = z.enum(evidenceClaims);

/** A quote is a plain string (it says what happened) or `{ text, supports: [who, when, where, what] }`. */
export const corpusQuote = z
  .union([text, z.strictObject({ text, supports: z.array(evidenceClaim).min(1, 'supports needs at least one of who, when, where, what') })])
  .transform((quote) => (typeof quote === 'string' ? { text: quote, supports: ['what' as const] } : { text: quote.text, supports: [...new Set(quote.supports)] }));

export const corpusSource = z.strictObject({
  article: id,
  quotes: z.array(corpusQuote).min(1, 'a source needs at least one quote'),
});

export const corpusEvent = z
  .strictObject({
    id,
    title: text,
    kind: eventKind,
    date: isoDate,
    endDate: z.optional(isoDate),
    precision: datePrecision,
    dateNote: text.optional(),
    location: text.nullable(),
    officials: list(id),
    organizations: list(id),
    summary: text,
    sources: z.array(corpusSource).min(1, 'an event needs at least one source'),
  })
  .superRefine((event, ctx) => {
    if (event.endDate !== undefined && event.endDate < event.date) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: `endDate ${event.endDate} is before date ${event.date}` });
    }
    if (event.precision === 'range' && event.endDate === undefined) {
      ctx.addIssue({ code: 'custom', path: ['precision'], message: 'precision "range" needs an endDate' });
    }
  });

export const corpusAnnotationFile = z.strictObject({
  article: id,
  roles: list(corpusRole),
  events: list(corpusEvent),
});

export type CorpusDescription = z.infer<typeof corpusDescription>;
export type CorpusArticleMeta = z.infer<typeof corpusArticleMeta>;
export type CorpusOfficial = z.infer<typeof corpusOfficial>;
export type CorpusOrganization = z.infer<typeof corpusOrganization>;
export type CorpusEvent = z.infer<typeof corpusEvent>;
export type CorpusAnnotationFile = z.infer<typeof corpusAnnotationFile>;
