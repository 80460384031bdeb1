// What the panel says about where each fact comes from: the words for each claim a passage supports,
// which passage backs a fact in the event header, how a role's date and an article's publication date
// are told, and whether any part of the date comes from outside the article.
import type { ArticleMeta, DefenceEvent, EvidenceClaim, Role } from '../../../data/schema';
import { formatDay, formatDayRange } from '../../../lib/day-format';
import { mergeMarks } from './text-segments';

export const CLAIM_LABELS: Record<EvidenceClaim, string> = { who: 'who met', when: 'when', where: 'where', what: 'what happened' };

/** The element id of a shown passage: the `markIndex`-th (merged) passage of the `sourceIndex`-th source. */
export function passageId(prefix: string, sourceIndex: number, markIndex: number): string {
  return `${prefix}-passage-${sourceIndex}-${markIndex}`;
}

/** The first shown passage, in source then reading order, that supports `claim`; null when none does. */
export function firstPassageFor(event: Pick<DefenceEvent, 'sources'>, claim: EvidenceClaim): { sourceIndex: number; markIndex: number } | null {
  for (const [sourceIndex, source] of event.sources.entries()) {
    const markIndex = mergeMarks(source.evidence, Number.MAX_SAFE_INTEGER).findIndex((m) => m.supports.includes(claim));
    if (markIndex >= 0) return { sourceIndex, markIndex };
  }
  return null;
}

/** "as of 13 Aug 2024" for a title dated to a day; "as reported in “…”" for one dated only by an event's bounds. */
export function roleDateLabel(role: Pick<Role, 'asOf' | 'asOfEnd'>, article: Pick<ArticleMeta, 'title'> | undefined): string {
  if (role.asOfEnd === undefined) return `as of ${formatDay(role.asOf)}`;
  return article ? `as reported in “${article.title}”` : `as reported between ${formatDayRange(role.asOf, role.asOfEnd)}`;
}

/** The publication date as the article prints it, with how it reads; or that it is not printed. */
export function publishedLabel(meta: Pick<ArticleMeta, 'publishedAt' | 'publishedAtQuote'> | undefined): string {
  if (!meta?.publishedAt) return 'date not printed';
  return meta.publishedAtQuote ? `dated “${meta.publishedAtQuote}” (${formatDay(meta.publishedAt)})` : `dated ${formatDay(meta.publishedAt)}`;
}

/** Source articles of the event whose dates take their year from outside them (they print none). */
export function articlesWithOutsideYear(event: Pick<DefenceEvent, 'sources'>, articleById: ReadonlyMap<string, ArticleMeta>): ArticleMeta[] {
  return event.sources.flatMap((s) => {
    const meta = articleById.get(s.articleId);
    return meta?.outsideYear !== undefined ? [meta] : [];
  });
}
