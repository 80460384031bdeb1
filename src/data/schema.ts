// The one definition of the dataset. The pipeline validates what it writes with it, the app validates
// what it fetches with it, and every TypeScript type of the data is inferred from it.
import { z } from 'zod';
import { isRealDay } from '../lib/dates';
import { ID_PATTERN } from '../lib/ids';

// Re-exported: defined in src/lib so that modules that only check dates need not load zod.
export { isRealDay };

export const SCHEMA_VERSION = 1;

/** A real calendar day written YYYY-MM-DD: 2019-02-30 is rejected, not rolled over. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine(isRealDay, 'not a real calendar day');

export const id = z.string().regex(ID_PATTERN, 'ids are letters, digits, _ . - (1–200)');
export const country = z.enum(['VN', 'RU']);
export const eventKinds = ['talks', 'online talks', 'strategic dialogue', 'signing', 'visit', 'ceremony', 'other'] as const;
export const eventKind = z.enum(eventKinds);
export const datePrecisions = ['day', 'range', 'month', 'year'] as const;
export const datePrecision = z.enum(datePrecisions);

/** A span of an article's text: `text.slice(start, end)`, JavaScript string indices. */
export const span = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end > s.start, 'a span ends after it starts');

export const articleMeta = z.object({
  id,
  title: z.string().min(1),
  source: z.string().min(1),
  publishedAt: isoDate.nullable(),
  publishedAtNote: z.string().min(1).optional(),
  url: z.url({ protocol: /^https?$/ }).nullable(),
});

export const role = z.object({
  title: z.string().min(1),
  organizationId: id.nullable(),
  asOf: isoDate,
  articleId: id,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const official = z.object({
  id,
  name: z.string().min(1),
  nativeName: z.string().min(1).optional(),
  country,
  aliases: z.array(z.string().min(1)),
  roles: z.array(role),
});

export const organization = z.object({
  id,
  name: z.string().min(1),
  country: country.nullable(),
  aliases: z.array(z.string().min(1)),
});

export const eventSource = z.object({
  articleId: id,
  evidence: z.array(span).min(1),
});

export const event = z
  .object({
    id,
    title: z.string().min(1),
    kind: eventKind,
    date: isoDate,
    endDate: isoDate.optional(),
    datePrecision,
    dateNote: z.string().min(1).optional(),
    location: z.string().min(1).nullable(),
    officialIds: z.array(id),
    organizationIds: z.array(id),
    summary: z.string().min(1),
    sources: z.array(eventSource).min(1),
  })
  .refine((e) => e.endDate === undefined || e.endDate >= e.date, 'endDate is before date');

export const dataset = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(articleMeta),
  officials: z.array(official),
  organizations: z.array(organization),
  events: z.array(event),
});

export const mention = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    officialId: id.optional(),
    organizationId: id.optional(),
  })
  .refine((m) => (m.officialId === undefined) !== (m.organizationId === undefined), 'a mention names one official or one organization');

export const articleFile = z.object({
  id,
  text: z.string(),
  mentions: z.array(mention),
});

export type ArticleMeta = z.infer<typeof articleMeta>;
export type Role = z.infer<typeof role>;
export type Official = z.infer<typeof official>;
export type Organization = z.infer<typeof organization>;
export type EventSource = z.infer<typeof eventSource>;
export type DefenceEvent = z.infer<typeof event>;
export type EventKind = z.infer<typeof eventKind>;
export type DatePrecision = z.infer<typeof datePrecision>;
export type Dataset = z.infer<typeof dataset>;
export type Mention = z.infer<typeof mention>;
export type ArticleFile = z.infer<typeof articleFile>;
export type Span = z.infer<typeof span>;
