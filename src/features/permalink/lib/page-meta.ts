// What an event's or official's page says about itself in its head, built from the same record and
// the same formatters as its body, so the preview never says more than the page.
import type { DefenceEvent, Official, Party } from '../../../data/schema';
import { formatEventDate } from '../../../lib/day-format';
import { countryName } from '../../../data/countries';
import type { EventRecord } from '../../../lib/event-record';
import { documentTitle, eventHeadline, officialHeadline } from '../../../lib/page-title';
import { clip, type PageHead } from './page-head';

export interface SiteContext {
  siteTitle: string;
  /** The corpus's parties, which name their countries. */
  partyByCode: ReadonlyMap<string, Party>;
  /** The app's root URL ("https://example.org/x/"), or null when the build was not told it. */
  siteUrl: string | null;
}

/** Where a page or card lives, as seen from an event or official page (two folders down). */
function resolve(site: SiteContext, pathFromRoot: string): string {
  return site.siteUrl ? new URL(pathFromRoot, site.siteUrl).href : `../../${pathFromRoot}`;
}

/** An event's date as schema.org takes it: a day, a month ("2024-08") or a year, never a day the data lacks. */
export function schemaOrgDates(event: DefenceEvent): { startDate?: string; endDate?: string } {
  switch (event.datePrecision) {
    case 'day':
      return event.endDate && event.endDate !== event.date ? { startDate: event.date, endDate: event.endDate } : { startDate: event.date };
    case 'month':
      return { startDate: event.date.slice(0, 7) };
    case 'year':
      return { startDate: event.date.slice(0, 4) };
    case 'range':
      return {};
  }
}

export function eventPageHead(record: EventRecord, site: SiteContext, cardPath: string): PageHead {
  const { event } = record;
  const pageUrl = site.siteUrl ? new URL(`events/${event.id}/`, site.siteUrl).href : null;
  const where = event.location ?? 'place not reported';
  const who = record.participants.map((p) => p.official.name).join(', ');
  const description = clip(`${record.dateText} · ${where}${who ? ` · ${who}` : ''}. ${event.summary}`, 300);
  return {
    title: documentTitle(eventHeadline(event), site.siteTitle),
    description,
    ogType: 'article',
    canonicalUrl: pageUrl,
    imageUrl: resolve(site, cardPath),
    imageAlt: `${event.title}: ${record.dateText}, ${where}`,
    siteTitle: site.siteTitle,
    keywords: [event.kind, ...record.participants.map((p) => p.official.name)],
    relations: record.sources.flatMap((s) => (s.meta?.url ? [s.meta.url] : [])),
    coverage: `${record.dateText}; ${where}`,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      name: eventHeadline(event),
      description,
      ...(pageUrl ? { url: pageUrl } : {}),
      isPartOf: { '@type': 'WebSite', name: site.siteTitle, ...(site.siteUrl ? { url: site.siteUrl } : {}) },
      mainEntity: {
        '@type': 'Event',
        name: event.title,
        description: event.summary,
        ...schemaOrgDates(event),
        ...(event.location ? { location: { '@type': 'Place', name: event.location } } : {}),
        attendee: record.participants.map((p) => ({
          '@type': 'Person',
          name: p.official.name,
          ...(p.official.nativeName ? { alternateName: p.official.nativeName } : {}),
          ...(p.role ? { jobTitle: p.role.title } : {}),
          nationality: { '@type': 'Country', name: p.country },
          ...(site.siteUrl ? { url: new URL(`officials/${p.official.id}/`, site.siteUrl).href } : {}),
        })),
        subjectOf: record.sources.map((s) => ({
          '@type': 'NewsArticle',
          headline: s.meta?.title ?? s.articleId,
          ...(s.meta ? { publisher: { '@type': 'Organization', name: s.meta.source } } : {}),
          ...(s.meta?.publishedAt ? { datePublished: s.meta.publishedAt } : {}),
          ...(s.meta?.url ? { url: s.meta.url } : {}),
          ...(s.passages.length ? { citation: s.passages.map((p) => p.text) } : {}),
        })),
      },
    },
  };
}

export function officialPageHead(official: Official, events: readonly DefenceEvent[], site: SiteContext, cardPath: string): PageHead {
  const pageUrl = site.siteUrl ? new URL(`officials/${official.id}/`, site.siteUrl).href : null;
  const latest = official.roles.reduce<Official['roles'][number] | null>((best, r) => (best === null || r.asOf > best.asOf ? r : best), null);
  const span = events.length ? `${formatEventDate(events[0]!)} to ${formatEventDate(events[events.length - 1]!)}` : null;
  const count = events.length === 1 ? '1 recorded event' : `${events.length} recorded events`;
  const description = clip(
    `${officialHeadline(official)}, ${countryName(site.partyByCode, official.country)}${latest ? `; ${latest.title}` : ''}. ${count}${span ? `, ${span}` : ''}.`,
    300,
  );
  return {
    title: documentTitle(officialHeadline(official), site.siteTitle),
    description,
    ogType: 'profile',
    canonicalUrl: pageUrl,
    imageUrl: resolve(site, cardPath),
    imageAlt: `${officialHeadline(official)}: ${count}`,
    siteTitle: site.siteTitle,
    keywords: [official.name, ...(official.nativeName ? [official.nativeName] : [])],
    relations: [],
    coverage: span,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      name: officialHeadline(official),
      description,
      ...(pageUrl ? { url: pageUrl } : {}),
      mainEntity: {
        '@type': 'Person',
        name: official.name,
        ...(official.nativeName ? { alternateName: official.nativeName } : {}),
        ...(latest ? { jobTitle: latest.title } : {}),
        nationality: { '@type': 'Country', name: countryName(site.partyByCode, official.country) },
      },
    },
  };
}
