// Which preview card each page shows. Drawing a card takes tens of milliseconds, so at 50,000
// events a card per event would add most of an hour to the build (see the README's figures): up
// to a limit, each event gets its own card; beyond it, events share the card of their pair of
// officials (the most frequent pairs first), and the rest show the site's card.
import type { DefenceEvent } from '../../data/schema';

export const SITE_CARD = 'cards/site.png';
/** More cards than this are not drawn: the build stays within a minute or so. */
export const CARD_LIMIT = 1000;

export type CardKey = { kind: 'event'; eventId: string } | { kind: 'pair'; a: string; b: string } | { kind: 'official'; officialId: string };

export interface CardPlan {
  /** Card path (from the site root) for each event page. */
  eventCard: Map<string, string>;
  /** Card path for each official page. */
  officialCard: Map<string, string>;
  /** The cards to draw, by path. */
  cards: Map<string, CardKey>;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}~${b}` : `${b}~${a}`);

export function planCards(events: readonly DefenceEvent[], officialEventCounts: ReadonlyMap<string, number>, limit = CARD_LIMIT): CardPlan {
  const cards = new Map<string, CardKey>();
  const eventCard = new Map<string, string>();
  const officialCard = new Map<string, string>();

  if (events.length <= limit) {
    for (const e of events) {
      const path = `cards/events/${e.id}.png`;
      cards.set(path, { kind: 'event', eventId: e.id });
      eventCard.set(e.id, path);
    }
  } else {
    const pairs = new Map<string, { a: string; b: string; count: number }>();
    for (const e of events) {
      if (e.officialIds.length < 2) continue;
      const [a, b] = [e.officialIds[0]!, e.officialIds[1]!].sort();
      const key = pairKey(a!, b!);
      const entry = pairs.get(key);
      if (entry) entry.count++;
      else pairs.set(key, { a: a!, b: b!, count: 1 });
    }
    const drawn = new Set(
      [...pairs.entries()]
        .sort((x, y) => y[1].count - x[1].count || (x[0] < y[0] ? -1 : 1))
        .slice(0, limit)
        .map(([key]) => key),
    );
    for (const e of events) {
      let path = SITE_CARD;
      if (e.officialIds.length >= 2) {
        const key = pairKey(e.officialIds[0]!, e.officialIds[1]!);
        if (drawn.has(key)) {
          const { a, b } = pairs.get(key)!;
          path = `cards/pairs/${a}~${b}.png`;
          cards.set(path, { kind: 'pair', a, b });
        }
      }
      eventCard.set(e.id, path);
    }
  }

  const officials = [...officialEventCounts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  officials.forEach(([officialId], i) => {
    if (i < limit) {
      const path = `cards/officials/${officialId}.png`;
      cards.set(path, { kind: 'official', officialId });
      officialCard.set(officialId, path);
    } else {
      officialCard.set(officialId, SITE_CARD);
    }
  });
  return { eventCard, officialCard, cards };
}
