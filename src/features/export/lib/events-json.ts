// Events as JSON: each event as the dataset has it, plus what the app prints (date as printed and
// its bounds, participants with their titles then, sources) and its permalink; and the view.
import { msToDay } from '../../../lib/dates';
import type { EventRecord } from '../../../lib/event-record';
import type { ExportView } from './view-events';

export function eventsJson(records: readonly EventRecord[], view: ExportView, permalinkOf: (eventId: string) => string): string {
  const doc = {
    view: {
      from: msToDay(view.window.from),
      to: msToDay(view.window.to),
      query: view.filter.searchIds === null ? null : view.query,
      officials: [...view.filter.officialIds],
      match: view.filter.matchAll ? 'all' : 'any',
      kinds: [...view.filter.kinds],
      organizations: [...view.filter.organizationIds],
      places: [...view.filter.places],
    },
    count: records.length,
    events: records.map((r) => ({
      ...r.event,
      dateText: r.dateText,
      dateFirst: r.bounds.first,
      dateLast: r.bounds.last,
      participants: r.participants.map((p) => ({ id: p.official.id, name: p.official.name, country: p.official.country, title: p.role?.title ?? null })),
      organizations: r.organizations.map((o) => ({ id: o.id, name: o.name })),
      sourceArticles: r.sources.map((s) => ({
        articleId: s.articleId,
        title: s.meta?.title ?? null,
        outlet: s.meta?.source ?? null,
        publishedAt: s.meta?.publishedAt ?? null,
        url: s.meta?.url ?? null,
      })),
      permalink: permalinkOf(r.event.id),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
