// What an official's profile shows, from the dataset alone: their names in every form, the posts the
// articles give them (oldest first), their events in date order and the officials they met, with how
// many events they shared.
import type { DatasetIndex } from '../../../data/dataset-index';
import type { ArticleMeta, DefenceEvent, Official, Role } from '../../../data/schema';
import { formatDay, formatShortMonth } from '../../../lib/day-format';
import { ascending } from 'd3-array';
import { nameKey } from '../../../lib/fold-text';

export interface Counterpart {
  official: Official;
  /** Events both took part in. */
  count: number;
}

export interface ProfileData {
  official: Official;
  /** Every other form of the name (native script, transliterations), without repeats. */
  otherNames: string[];
  posts: Role[];
  events: DefenceEvent[];
  counterparts: Counterpart[];
}

export function profileData(index: DatasetIndex, officialId: string): ProfileData | null {
  const official = index.officialById.get(officialId);
  if (!official) return null;
  const seen = new Set([official.name]);
  const otherNames: string[] = [];
  for (const name of [official.nativeName, ...official.aliases]) {
    if (name && !seen.has(name)) {
      seen.add(name);
      otherNames.push(name);
    }
  }
  const events = (index.positionsByOfficial.get(officialId) ?? []).map((p) => index.eventsByDate[p]!);
  const counts = new Map<string, number>();
  for (const e of events) for (const other of new Set(e.officialIds)) if (other !== officialId) counts.set(other, (counts.get(other) ?? 0) + 1);
  const counterparts = [...counts]
    .flatMap(([id, count]) => {
      const o = index.officialById.get(id);
      return o ? [{ official: o, count, key: nameKey(o.name) }] : [];
    })
    // Ties by folded name in code-unit order: no locale collator to load in the profile's first render.
    .sort((a, b) => b.count - a.count || ascending(a.key, b.key))
    .map(({ official: o, count }) => ({ official: o, count }));
  const posts = [...official.roles].sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
  return { official, otherNames, posts, events, counterparts };
}

/**
 * "as of 13 Aug 2024", or only the month when the day comes from a publication date the article
 * does not print (then the day is an inference, and the profile must not state it).
 */
export function asOfText(role: Role, article: ArticleMeta | undefined): string {
  const inferred = article !== undefined && article.publishedAt === role.asOf && article.publishedAtNote !== undefined;
  if (!inferred) return `as of ${formatDay(role.asOf)}`;
  return `as of ${formatShortMonth(new Date(Date.UTC(2000, Number(role.asOf.slice(5, 7)) - 1, 1)))} ${role.asOf.slice(0, 4)}`;
}
