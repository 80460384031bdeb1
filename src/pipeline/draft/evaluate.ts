// How well drafts propose the contacts a curator annotated: a contact is a pair of officials of two
// sides at one event, with the event's date bounds. A proposal is found when a draft event holds both
// people and its bounds contain the annotated ones; a wrong pair is two people of two sides that a
// draft puts together and no annotated event does.

export interface DatedEvent {
  officials: readonly string[];
  date: string;
  endDate?: string;
  precision: 'day' | 'range' | 'month' | 'year';
}

export interface ContactPair {
  pair: string;
  first: string;
  last: string;
}

/** The last day an event's date covers. */
export function lastDay(e: DatedEvent): string {
  if (e.endDate) return e.endDate;
  if (e.precision === 'month') {
    const [y, m] = e.date.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  if (e.precision === 'year') return `${e.date.slice(0, 4)}-12-31`;
  return e.date;
}

export function contactPairs(events: readonly DatedEvent[], countryOf: (id: string) => string | undefined): ContactPair[] {
  const pairs: ContactPair[] = [];
  for (const e of events) {
    for (const a of e.officials) {
      for (const b of e.officials) {
        const [ca, cb] = [countryOf(a), countryOf(b)];
        if (a < b && ca !== undefined && cb !== undefined && ca !== cb) pairs.push({ pair: `${a}+${b}`, first: e.date, last: lastDay(e) });
      }
    }
  }
  return pairs;
}

export interface Score {
  annotated: number;
  found: number;
  proposed: number;
  wrongPairs: string[];
  missed: ContactPair[];
}

export function scoreContacts(annotated: readonly ContactPair[], proposed: readonly ContactPair[]): Score {
  const missed = annotated.filter((a) => !proposed.some((p) => p.pair === a.pair && p.first <= a.first && a.last <= p.last));
  const known = new Set(annotated.map((a) => a.pair));
  const wrongPairs = [...new Set(proposed.filter((p) => !known.has(p.pair)).map((p) => p.pair))];
  return { annotated: annotated.length, found: annotated.length - missed.length, proposed: proposed.length, wrongPairs, missed };
}
