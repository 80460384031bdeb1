// A synthetic corpus in exactly the app's format, deterministic for a seed: officials, bursty events,
// and articles that report them (a few events each, in date order, as a news story covers a visit).
import type { ArticleFile, Dataset, DefenceEvent, Organization, Party } from '../../data/schema';
import { SCHEMA_VERSION } from '../../data/schema';
import { dayToMs, msToDay } from '../../lib/dates';
import { createRandom, weightedPicker } from './seeded-random';
import { draftEvents, type EventDraft } from './synthetic-events';
import { createOfficials, partyOrganizationId } from './synthetic-officials';
import { writeArticle, type ReportedEvent } from './synthetic-articles';
import { fillParty, withStyles, type SyntheticParty } from './synthetic-parties';
import { PARTY_ORGANIZATIONS, SHARED_ORGANIZATIONS } from './synthetic-vocabulary';

export interface SyntheticOptions {
  events: number;
  /** Defaults to `defaultOfficialCount(events)`. */
  officials?: number;
  seed: number;
  /** Two or more; the first two meet most often. */
  parties: readonly Party[];
  /** First and last day of the corpus, YYYY-MM-DD. */
  span: { from: string; to: string };
}

export interface SyntheticCorpus {
  dataset: Dataset;
  articles: ArticleFile[];
}

/** About one official per 25 events (a minister per burst of contacts), at least 12, at most 2,000. */
export function defaultOfficialCount(events: number): number {
  return Math.min(2000, Math.max(12, Math.round(events / 25)));
}

const pickEventsPerArticle = weightedPicker<number>([[1, 15], [2, 20], [3, 25], [4, 20], [5, 12], [6, 8]]);
/** Share of events that a second, later article recalls (a second source). */
const RECALLED = 0.08;
/** Roles kept per official: the titles given in their first few articles. */
const ROLES_PER_OFFICIAL = 2;

export function generateSyntheticCorpus(options: SyntheticOptions): SyntheticCorpus {
  const random = createRandom(options.seed);
  const parties = withStyles(options.parties);
  const span = { from: dayToMs(options.span.from), to: dayToMs(options.span.to) };
  const officialCount = options.officials ?? defaultOfficialCount(options.events);
  const pool = createOfficials(Math.max(2, officialCount), parties, random);
  const drafts = draftEvents(options.events, pool, parties, span, random);
  const order = drafts.map((_, i) => i).sort((a, b) => compareDrafts(drafts[a] as EventDraft, drafts[b] as EventDraft) || a - b);
  const width = Math.max(6, String(options.events).length);
  const eventIds = new Array<string>(drafts.length);
  order.forEach((draftIndex, rank) => (eventIds[draftIndex] = `syn-e${String(rank + 1).padStart(width, '0')}`));

  const organizations = syntheticOrganizations(parties);
  const organizationNames = organizations.flatMap((o) => [o.name, ...o.aliases].map((n) => ({ name: n, organizationId: o.id })));
  const context = {
    organizationNames,
    adjectives: new Map(parties.map((p) => [p.code, p.adjective])),
    years: [new Date(span.from).getUTCFullYear(), new Date(span.to).getUTCFullYear()] as const,
  };
  const sources = new Map<number, DefenceEvent['sources']>();
  const texts = new Map<number, { title: string; summary: string }>();
  const articles: ArticleFile[] = [];
  const articleMetas: Dataset['articles'] = [];
  const officialById = new Map(pool.all.map((o) => [o.official.id, o.official]));

  let recalls: number[] = [];
  let articleNumber = 0;
  for (let at = 0; at < order.length; ) {
    const size = pickEventsPerArticle(random);
    const batch = order.slice(at, at + size);
    at += batch.length;
    const reported: ReportedEvent[] = [
      ...batch.map((i) => ({ id: eventIds[i] as string, draft: drafts[i] as EventDraft, recap: false })),
      ...recalls.map((i) => ({ id: eventIds[i] as string, draft: drafts[i] as EventDraft, recap: true })),
    ];
    const articleId = `syn-a${String(++articleNumber).padStart(width, '0')}`;
    const written = writeArticle(articleId, reported, random, context);
    articles.push(written.file);
    articleMetas.push(written.meta);
    const draftIndexOf = [...batch, ...recalls];
    written.events.forEach((w, k) => {
      const draftIndex = draftIndexOf[k] as number;
      const list = sources.get(draftIndex) ?? [];
      list.push({ articleId, evidence: w.evidence });
      sources.set(draftIndex, list);
      if (!texts.has(draftIndex)) texts.set(draftIndex, { title: w.title, summary: w.summary });
    });
    for (const { officialId, role } of written.roles) {
      const official = officialById.get(officialId);
      if (official && official.roles.length < ROLES_PER_OFFICIAL) official.roles.push(role);
    }
    recalls = batch.filter(() => random.chance(RECALLED));
  }

  const events: DefenceEvent[] = order.map((draftIndex) => {
    const draft = drafts[draftIndex] as EventDraft;
    const text = texts.get(draftIndex) as { title: string; summary: string };
    const event: DefenceEvent = {
      id: eventIds[draftIndex] as string,
      title: text.title,
      kind: draft.kind,
      date: msToDay(draft.day),
      datePrecision: draft.precision,
      location: draft.location,
      officialIds: draft.participants.map((p) => p.official.id),
      organizationIds: draft.organizationIds,
      summary: text.summary,
      sources: sources.get(draftIndex) ?? [],
    };
    if (draft.endDay !== undefined) event.endDate = msToDay(draft.endDay);
    if (draft.precision !== 'day') event.dateNote = draft.precision === 'range' ? 'day not reported' : `only the ${draft.precision} is reported`;
    return event;
  });

  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    dataset: {
      schemaVersion: SCHEMA_VERSION,
      corpus: {
        title: `${parties.map((p) => p.name).join('–')} defence ties (synthetic)`,
        description: `A synthetic corpus of ${options.events} generated events between ${parties.map((p) => p.name).join(', ')}, for testing and benchmarks.`,
        parties: options.parties.map(({ code, name, adjective, colour }) => ({ code, name, adjective, colour })),
        span: { from: options.span.from, to: options.span.to },
      },
      articles: articleMetas.sort(byId),
      officials: pool.all.map((o) => o.official).sort(byId),
      organizations: organizations.sort(byId),
      events,
    },
    articles,
  };
}

function syntheticOrganizations(parties: readonly SyntheticParty[]): Organization[] {
  const own = parties.flatMap((party) =>
    PARTY_ORGANIZATIONS.map(([key, name, aliases]) => ({
      id: partyOrganizationId(party, key),
      name: fillParty(name, party),
      country: party.code,
      aliases: aliases.map((a) => fillParty(a, party)),
    })),
  );
  return [...own, ...SHARED_ORGANIZATIONS.map(([id, name, aliases]) => ({ id, name, country: null, aliases: [...aliases] }))];
}

function compareDrafts(a: EventDraft, b: EventDraft): number {
  if (a.day !== b.day) return a.day - b.day;
  return (a.endDay ?? a.day) - (b.endDay ?? b.day);
}
