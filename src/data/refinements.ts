// The schema's checks that JSON Schema cannot state, as named predicates. The zod schema refines with
// these very functions, and the validator generated from the schema at build time calls them by name
// (src/pipeline/validators), so each check is written once. Every refinement in the schema must be one of
// these exports: the generator refuses an anonymous one.
import { isRealDay } from '../lib/dates';

export { isRealDay };

export function spanEndsAfterStart(span: { start: number; end: number }): boolean {
  return span.end > span.start;
}

export function endDateNotBeforeDate(event: { date: string; endDate?: string | undefined }): boolean {
  return event.endDate === undefined || event.endDate >= event.date;
}

export function asOfEndNotBeforeAsOf(role: { asOf: string; asOfEnd?: string | undefined }): boolean {
  return role.asOfEnd === undefined || role.asOfEnd >= role.asOf;
}

export function namesOneOfficialOrOrganization(mention: { officialId?: string | undefined; organizationId?: string | undefined }): boolean {
  return (mention.officialId === undefined) !== (mention.organizationId === undefined);
}

/** An absolute http or https address (what `z.url({ protocol: /^https?$/ })` accepts). */
export function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

export function periodEndsAfterStart(period: { from: string; to: string }): boolean {
  return period.from < period.to;
}

export function partyCodesAreUnique(corpus: { parties: readonly { code: string }[] }): boolean {
  return new Set(corpus.parties.map((p) => p.code)).size === corpus.parties.length;
}

/** Every event of a search file refers to names and articles the file lists. */
export function searchPositionsInRange(file: {
  events: readonly { names: readonly number[]; articles: readonly number[] }[];
  names: readonly unknown[];
  articles: readonly unknown[];
}): boolean {
  return file.events.every((e) => e.names.every((n) => n < file.names.length) && e.articles.every((a) => a < file.articles.length));
}

/** The compact dates index lists one start and one length per event. */
export function datesListsAlign(dates: { startDeltas: readonly number[]; lengths: readonly number[] }): boolean {
  return dates.startDeltas.length === dates.lengths.length;
}
