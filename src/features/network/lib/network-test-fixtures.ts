// Datasets for the network's unit tests: a tiny hand-made one and a seeded synthetic one at scale.
import { TEST_CORPUS_INFO } from '../../../data/test-corpus-info';
import type { Dataset, DefenceEvent } from '../../../data/schema';
import { mulberry32 } from '../../../lib/mulberry32';

export function event(id: string, date: string, officialIds: string[], organizationIds: string[] = [], endDate?: string): DefenceEvent {
  return {
    id,
    title: `Event ${id}`,
    kind: 'talks',
    date,
    ...(endDate ? { endDate } : {}),
    datePrecision: endDate ? 'range' : 'day',
    location: null,
    officialIds,
    organizationIds,
    summary: `Summary of ${id}.`,
    sources: [{ articleId: 'a1', evidence: [{ start: 0, end: 1, supports: ['what'] }] }],
  };
}

export function tinyDataset(): Dataset {
  const official = (id: string, country: 'AV' | 'BO') => ({ id, name: id.toUpperCase(), country, aliases: [], roles: [] });
  return {
    schemaVersion: 2,
    corpus: TEST_CORPUS_INFO,
    articles: [{ id: 'a1', title: 'A', source: 'S', publishedAt: null, url: null }],
    officials: [official('giang', 'AV'), official('shoigu', 'BO'), official('fomin', 'BO'), official('cuong', 'AV'), official('alone', 'AV')],
    organizations: [{ id: 'mod-ru', name: 'Bordurian MoD', country: 'BO', aliases: [] }],
    events: [
      event('e1', '2018-12-03', ['giang', 'shoigu']),
      event('e2', '2019-08-14', ['giang', 'shoigu', 'fomin'], ['mod-ru']),
      event('e3', '2020-06-24', ['cuong', 'fomin']),
      event('e4', '2019-08-13', ['giang', 'fomin'], [], '2019-08-19'),
      // An unknown official is ignored rather than crashing the graph.
      event('e5', '2021-01-01', ['giang', 'ghost']),
    ],
  };
}


/** `events` events over 2018–2024 with 2–6 of `officials` officials each, skewed to a few hubs. */
export function syntheticDataset(events: number, officials: number, seed = 1): Dataset {
  const random = mulberry32(seed);
  const ids = Array.from({ length: officials }, (_, i) => `o${String(i).padStart(5, '0')}`);
  const from = Date.UTC(2018, 0, 1);
  const span = Date.UTC(2024, 11, 31) - from;
  const list: DefenceEvent[] = [];
  for (let i = 0; i < events; i++) {
    const day = new Date(from + Math.floor(random() * (span / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
    const size = 2 + Math.floor(random() * 5);
    const people = new Set<string>();
    // Squaring the draw skews participation towards low indices: a few officials in many events.
    while (people.size < size) people.add(ids[Math.floor(random() ** 2 * officials)]!);
    list.push(event(`ev${i}`, day, [...people]));
  }
  return {
    schemaVersion: 2,
    corpus: TEST_CORPUS_INFO,
    articles: [{ id: 'a1', title: 'A', source: 'S', publishedAt: null, url: null }],
    officials: ids.map((id, i) => ({ id, name: `Official ${i}`, country: i % 2 ? 'BO' : 'AV', aliases: [], roles: [] })),
    organizations: [],
    events: list,
  };
}
