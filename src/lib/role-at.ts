// The title an official held at an event. A title reported by one of the event's own articles is
// the best evidence; otherwise the latest title known on or before the event's date. A title first
// reported after the event is not assumed to have applied then.
import type { DefenceEvent, Official, Role } from '../data/schema';

export function roleAtEvent(official: Pick<Official, 'roles'>, event: Pick<DefenceEvent, 'date' | 'endDate' | 'sources'>): Role | null {
  const eventDay = event.endDate ?? event.date;
  const sourceIds = new Set(event.sources.map((s) => s.articleId));
  const latestAsOf = (roles: Role[]) =>
    roles.reduce<Role | null>((best, r) => (best === null || r.asOf > best.asOf ? r : best), null);

  const fromSources = official.roles.filter((r) => sourceIds.has(r.articleId));
  if (fromSources.length > 0) {
    // Several titles in the event's own articles: the one current at the event, else the earliest after it.
    const before = fromSources.filter((r) => r.asOf <= eventDay);
    return latestAsOf(before) ?? fromSources.reduce((a, b) => (b.asOf < a.asOf ? b : a));
  }
  return latestAsOf(official.roles.filter((r) => r.asOf <= eventDay));
}
