// Writes one synthetic article that reports a few events: a reporting sentence per event (its
// evidence), names with titles on first mention (the officials' roles), background sentences up to a
// realistic length, and the mentions of every official and organization it names.
import { utcFormat } from 'd3-time-format';
import type { ArticleFile, ArticleMeta, EvidenceSpan, Mention, Role } from '../../data/schema';
import { DAY_MS, msToDay } from '../../lib/dates';
import { ArticleTextBuilder, findNameMentions } from './article-text-builder';
import type { Random } from './seeded-random';
import type { EventDraft } from './synthetic-events';
import type { SyntheticOfficial } from './synthetic-officials';
import { DOCUMENTS, FILLER, OUTLETS, TOPICS } from './synthetic-vocabulary';

export interface ReportedEvent {
  id: string;
  draft: EventDraft;
  /** True when an earlier article reported it: this one only recalls it in a sentence. */
  recap: boolean;
}

export interface WrittenEvent {
  id: string;
  title: string;
  summary: string;
  evidence: EvidenceSpan[];
}

export interface WrittenArticle {
  meta: ArticleMeta;
  file: ArticleFile;
  events: WrittenEvent[];
  roles: { officialId: string; role: Role }[];
}

const monthName = utcFormat('%B');

export function lastDay(draft: EventDraft): number {
  if (draft.endDay !== undefined) return draft.endDay;
  const d = new Date(draft.day);
  if (draft.precision === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
  if (draft.precision === 'year') return Date.UTC(d.getUTCFullYear(), 11, 31);
  return draft.day;
}

function dayText(ms: number, withYear = true): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${monthName(d)}${withYear ? ` ${d.getUTCFullYear()}` : ''}`;
}

/** "On 12 March 2019", "From 12 to 16 March 2019", "In March 2019", "In 2019". */
export function dateClause(draft: EventDraft): string {
  const d = new Date(draft.day);
  if (draft.precision === 'year') return `In ${d.getUTCFullYear()}`;
  if (draft.precision === 'month') return `In ${monthName(d)} ${d.getUTCFullYear()}`;
  if (draft.endDay === undefined) return `On ${dayText(draft.day)}`;
  const e = new Date(draft.endDay);
  if (d.getUTCFullYear() !== e.getUTCFullYear()) return `From ${dayText(draft.day)} to ${dayText(draft.endDay)}`;
  if (d.getUTCMonth() !== e.getUTCMonth()) return `From ${dayText(draft.day, false)} to ${dayText(draft.endDay)}`;
  return `From ${d.getUTCDate()} to ${dayText(draft.endDay)}`;
}

/** Splits participants into the hosts' side and the guests' side (never an empty guest side). */
function sides(draft: EventDraft): [SyntheticOfficial[], SyntheticOfficial[]] {
  const hosts = draft.participants.filter((p) => p.official.country === draft.host.code);
  const guests = draft.participants.filter((p) => p.official.country !== draft.host.code);
  if (hosts.length > 0 && guests.length > 0) return [hosts, guests];
  return [draft.participants.slice(0, 1), draft.participants.slice(1)];
}

export interface ArticleContext {
  organizationNames: readonly { name: string; organizationId: string }[];
  /** Adjective of each party code, for "the Avarian Defence Minister …". */
  adjectives: ReadonlyMap<string, string>;
  /** Years of the corpus's span, for background sentences. */
  years: readonly [number, number];
}

export function writeArticle(id: string, reported: readonly ReportedEvent[], random: Random, context: ArticleContext): WrittenArticle {
  const published = Math.max(...reported.map((r) => lastDay(r.draft))) + random.int(0, 2) * DAY_MS;
  const publishedAt = msToDay(published);
  const b = new ArticleTextBuilder();
  const introduced = new Set<string>();
  const roles: WrittenArticle['roles'] = [];

  const person = (o: SyntheticOfficial) => {
    if (introduced.has(o.official.id)) {
      b.addOfficial(o.shortForm, o.official.id);
      return;
    }
    introduced.add(o.official.id);
    b.add(`${context.adjectives.get(o.official.country) ?? o.official.country} `);
    const span = b.addSpan(o.title);
    roles.push({ officialId: o.official.id, role: { title: o.title, organizationId: o.titleOrganizationId, asOf: publishedAt, articleId: id, ...span } });
    b.add(` ${o.militaryRank} `);
    b.addOfficial(o.official.name, o.official.id);
  };
  const people = (list: readonly SyntheticOfficial[]) => {
    list.forEach((o, i) => {
      if (i > 0) b.add(i === list.length - 1 ? ' and ' : ', ');
      person(o);
    });
  };
  let lastFiller = '';
  const filler = () => {
    let template: string = random.pick(FILLER);
    if (template === lastFiller) template = random.pick(FILLER); // fewer stutters, still seeded
    lastFiller = template;
    b.add(template.replace('{topic}', random.pick(TOPICS)).replace('{year}', String(random.int(context.years[0], context.years[1]))));
  };

  const events: WrittenEvent[] = [];
  for (const { id: eventId, draft, recap } of reported) {
    const [hosts, guests] = sides(draft);
    const place = draft.location ? ` in ${draft.location}` : '';
    const h0 = (hosts[0] as SyntheticOfficial).official.name;
    const g0 = (guests[0] as SyntheticOfficial | undefined)?.official.name ?? h0;
    const evidence: EvidenceSpan[] = [];
    // The opening sentence names everyone with the date and place; the quote after it says what was said.
    const full = ['who', 'when', 'where', 'what'] as EvidenceSpan['supports'];
    if (events.length > 0) b.add('\n\n');
    b.beginSpan();
    if (recap) {
      b.add(`Earlier, ${lowerFirst(dateClause(draft))}, `);
      people(hosts);
      b.add(' had met ');
      people(guests);
      b.add(`${place}.`);
      evidence.push({ ...b.endSpan(), supports: full });
    } else {
      b.add(`${dateClause(draft)}, `);
      const document = random.pick(DOCUMENTS);
      switch (draft.kind) {
        case 'talks': people(hosts); b.add(' held talks with '); people(guests); b.add(`${place}.`); break;
        case 'online talks': people(hosts); b.add(' held online talks with '); people(guests); b.add('.'); break;
        case 'strategic dialogue': people(hosts); b.add(' and '); people(guests); b.add(` co-chaired a round of the defence strategic dialogue${place}.`); break;
        case 'signing': people(hosts); b.add(' and '); people(guests); b.add(` signed ${document}${place}.`); break;
        case 'visit': people(guests); b.add(` paid an official visit to ${draft.host.name} and met `); people(hosts); b.add(`${place}.`); break;
        case 'ceremony': people(hosts); b.add(' and '); people(guests); b.add(` attended a ceremony${place} marking years of cooperation in ${draft.topic}.`); break;
        default: people(hosts); b.add(' met '); people(guests); b.add(`${place} on the sidelines of an international forum.`);
      }
      evidence.push({ ...b.endSpan(), supports: full });
      if (random.chance(0.65)) {
        b.add(' ');
        b.beginSpan();
        const speaker = (guests[0] ?? hosts[0]) as SyntheticOfficial;
        b.addOfficial(speaker.shortForm, speaker.official.id);
        b.add(` ${random.pick(['said', 'stressed', 'noted'])} that ${draft.topic} remained an important area of cooperation between the two armies.`);
        evidence.push({ ...b.endSpan(), supports: ['what'] });
      }
      for (let i = random.int(1, 2); i > 0; i--) { b.add(' '); filler(); }
    }
    events.push({ id: eventId, title: eventTitle(draft, h0, g0), summary: eventSummary(draft), evidence });
  }
  // Background paragraphs up to a realistic length (300–900 words).
  const target = random.int(300, 900);
  let inParagraph = 3;
  while (b.words < target) {
    if (inParagraph === 3) { b.add('\n\n'); inParagraph = 0; } else b.add(' ');
    filler();
    inParagraph++;
  }
  const text = b.text();
  const organizationMentions = findNameMentions(text, context.organizationNames, b.mentions);
  const mentions: Mention[] = [...b.mentions, ...organizationMentions].sort((x, y) => x.start - y.start);
  const first = events[0] as WrittenEvent;
  return {
    meta: { id, title: events.length > 1 ? `${first.title} and other contacts` : first.title, source: random.pick(OUTLETS), publishedAt, url: null },
    file: { id, text, mentions },
    events,
    roles,
  };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function eventTitle(draft: EventDraft, host: string, guest: string): string {
  switch (draft.kind) {
    case 'talks': return `${host} holds talks with ${guest}`;
    case 'online talks': return `Online talks between ${host} and ${guest}`;
    case 'strategic dialogue': return `Defence strategic dialogue: ${host} and ${guest}`;
    case 'signing': return `${host} and ${guest} sign a cooperation document`;
    case 'visit': return `${guest} visits ${draft.host.name}`;
    case 'ceremony': return `Ceremony attended by ${host} and ${guest}`;
    default: return `${host} meets ${guest}`;
  }
}

function eventSummary(draft: EventDraft): string {
  // Short on purpose: at 50,000 events every byte of the index is paid at load time.
  const kind = draft.kind.charAt(0).toUpperCase() + draft.kind.slice(1);
  return `${kind}${draft.location ? ` in ${draft.location}` : ''} on ${draft.topic}.`;
}
