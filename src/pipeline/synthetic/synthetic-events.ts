// Synthetic events: bursty dates (visits cluster in a few days around burst centres), a kind, a date
// precision, 2–6 participants with two parties in most events, and the organizations they serve.
import type { DatePrecision, EventKind } from '../../data/schema';
import { weightedPicker, zipfSampler, type Random } from './seeded-random';
import type { OfficialPool, SyntheticOfficial } from './synthetic-officials';
import { fillParty, type SyntheticParty } from './synthetic-parties';
import { PLACES, TOPICS } from './synthetic-vocabulary';
import { DAY_MS } from '../../lib/dates';

/** The days events fall on, in UTC ms (first and last day included). */
export interface SyntheticSpan {
  from: number;
  to: number;
}

/** An event before it is written into an article: its facts, not yet its evidence. */
export interface EventDraft {
  kind: EventKind;
  /** UTC ms of the first day. */
  day: number;
  /** UTC ms of the last day for a range, else undefined. */
  endDay?: number;
  precision: DatePrecision;
  /** Participants, hosts' side first. */
  participants: SyntheticOfficial[];
  organizationIds: string[];
  location: string | null;
  /** Party on whose soil the event is (or the initiating side for online talks). */
  host: SyntheticParty;
  topic: string;
}

const pickKind = weightedPicker<EventKind>([
  ['talks', 30], ['visit', 18], ['online talks', 8], ['strategic dialogue', 4], ['signing', 12], ['ceremony', 10], ['other', 18],
]);
const pickPrecision = weightedPicker<DatePrecision>([['day', 86], ['range', 8], ['month', 4], ['year', 2]]);
const pickParticipantCount = weightedPicker<number>([[2, 35], [3, 30], [4, 18], [5, 10], [6, 7]]);

/** Share of events inside bursts; the rest are spread over the whole span. */
const IN_BURST = 0.85;
/** About this many events per burst on average. */
const EVENTS_PER_BURST = 10;

export function draftEvents(count: number, pool: OfficialPool, parties: readonly SyntheticParty[], span: SyntheticSpan, random: Random): EventDraft[] {
  const spanDays = Math.round((span.to - span.from) / DAY_MS) + 1;
  const bursts = Array.from({ length: Math.max(1, Math.round(count / EVENTS_PER_BURST)) }, () => ({
    start: random.int(0, spanDays - 1),
    length: random.int(1, 6),
  }));
  // Burst sizes vary too: a state visit brings a dozen contacts, a routine trip one or two.
  const pickBurst = zipfSampler(bursts.length, 0.6);
  const drafts: EventDraft[] = [];
  for (let i = 0; i < count; i++) {
    let dayIndex: number;
    if (random.chance(IN_BURST)) {
      const burst = bursts[pickBurst(random)] as { start: number; length: number };
      dayIndex = Math.min(spanDays - 1, burst.start + random.int(0, burst.length - 1));
    } else {
      dayIndex = random.int(0, spanDays - 1);
    }
    drafts.push(draftEvent(span.from + dayIndex * DAY_MS, pool, parties, span, random));
  }
  return drafts;
}

function draftEvent(dayMs: number, pool: OfficialPool, parties: readonly SyntheticParty[], span: SyntheticSpan, random: Random): EventDraft {
  const kind = pickKind(random);
  let precision = pickPrecision(random);
  let day = dayMs;
  let endDay: number | undefined;
  const d = new Date(dayMs);
  if (precision === 'range') endDay = Math.min(span.to, dayMs + random.int(1, 9) * DAY_MS);
  if (precision === 'month') day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  if (precision === 'year') day = Date.UTC(d.getUTCFullYear(), 0, 1);
  // A month or year that starts before the span would date the event outside it: report the day.
  if (day < span.from) {
    day = dayMs;
    precision = 'day';
  }
  if (endDay === day) endDay = undefined;
  const host = random.pick(parties);
  // Most ties in a corpus are between its first two parties; others join now and then.
  const guest = parties.length === 2 || random.chance(0.7) ? (host === parties[0] ? parties[1]! : parties[0]!) : random.pick(parties.filter((p) => p !== host));
  const participants = drawParticipants(pool, random, host.code, guest.code);
  const organizationIds = [...new Set(participants.map((p) => p.titleOrganizationId))].sort();
  const location = kind === 'online talks' || random.chance(0.04) ? null : fillParty(random.pick(PLACES), host);
  return { kind, day, endDay, precision: endDay === undefined && precision === 'range' ? 'day' : precision, participants, organizationIds, location, host, topic: random.pick(TOPICS) };
}

function drawParticipants(pool: OfficialPool, random: Random, host: string, guest: string): SyntheticOfficial[] {
  const wanted = Math.min(pickParticipantCount(random), pool.all.length);
  // Most contacts are bilateral; a few are one side's own events (a ceremony the other side attends
  // through a single official is still bilateral, so this is rare).
  const bilateral = random.chance(0.92);
  const chosen = new Map<string, SyntheticOfficial>();
  const add = (country: string) => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const o = pool.draw(country, random);
      if (!chosen.has(o.official.id)) {
        chosen.set(o.official.id, o);
        return;
      }
    }
  };
  add(host);
  if (bilateral) add(guest);
  while (chosen.size < wanted) {
    const before = chosen.size;
    const country = random.chance(0.5) ? host : guest;
    add(country);
    if (chosen.size === before) add(country === host ? guest : host);
    if (chosen.size === before) break; // a tiny pool: take what there is
  }
  if (chosen.size < 2 && pool.all.length >= 2) {
    for (const o of pool.all) if (chosen.size < 2 && !chosen.has(o.official.id)) chosen.set(o.official.id, o);
  }
  // Hosts first, then guests, each by seniority: the order news uses.
  return [...chosen.values()].sort((a, b) =>
    a.official.country !== b.official.country ? (a.official.country === host ? -1 : 1) : a.rank - b.rank,
  );
}
