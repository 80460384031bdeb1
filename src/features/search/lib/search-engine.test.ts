import { describe, expect, it } from 'vitest';
import type { SearchFile } from '../../../data/schema';
import { buildSearchEngine, search } from './search-engine';

const fixture: SearchFile = {
  schemaVersion: 2,
  events: [
    { id: 'body-only', title: 'Closing ceremony', summary: 'Games closed.', place: 'Russia', names: [], articleIds: ['art-1'] },
    { id: 'in-title', title: 'Frigate handover', summary: 'A ship.', place: 'Cam Ranh', names: [], articleIds: ['art-2'] },
    { id: 'in-names', title: 'Talks', summary: 'They met.', place: 'Moscow', names: ['Phan Văn Giang', 'Phan Van Giang', 'Giang'], articleIds: ['art-2'] },
    { id: 'in-summary', title: 'Visit', summary: 'A visit to see a frigate being built.', place: 'Hanoi', names: [], articleIds: ['art-3'] },
  ],
  articles: [
    { id: 'art-1', text: 'At the games a frigate crew competed. Later the frigate sailed.' },
    { id: 'art-2', text: 'Nothing about ships here.' },
    { id: 'art-3', text: 'Visit text.' },
  ],
  officials: [{ id: 'phan-van-giang', names: ['Phan Van Giang', 'Phan Văn Giang', 'Giang'] }],
};

describe('search ranking and highlights', () => {
  const engine = buildSearchEngine(fixture);

  it('ranks title hits above summary hits above body-only hits', () => {
    expect(search(engine, 'frigate').eventIds).toEqual(['in-title', 'in-summary', 'body-only']);
  });

  it('ranks participant-name hits above body text', () => {
    const withBody = buildSearchEngine({ ...fixture, articles: [...fixture.articles.slice(0, 2), { id: 'art-3', text: 'Giang spoke at length about Giang.' }] });
    expect(search(withBody, 'giang').eventIds).toEqual(['in-names', 'in-summary']);
  });

  it('ignores diacritics both ways and matches prefixes', () => {
    expect(search(engine, 'phan van giang').eventIds).toEqual(search(engine, 'Phan Văn Giang').eventIds);
    expect(search(engine, 'PHAN VĂN GIA').eventIds).toEqual(['in-names']);
    expect(search(engine, 'phan van giang').officialIds).toEqual(['phan-van-giang']);
  });

  it('needs every word of the query', () => {
    expect(search(engine, 'frigate sailed').eventIds).toEqual(['body-only']);
    expect(search(engine, 'frigate zebra').eventIds).toEqual([]);
  });

  it('maps hits to exact spans of the original text', () => {
    const answer = search(engine, 'frig');
    const title = answer.items.find((i) => i.id === 'in-title')!;
    expect(title.titleHits).toEqual([{ start: 0, end: 7 }]);
    const body = answer.items.find((i) => i.id === 'body-only')!.snippet!;
    expect(body.field).toBe('body');
    expect(body.articleId).toBe('art-1');
    expect(body.hits.map((h) => body.text.slice(h.start, h.end))).toEqual(['frigate', 'frigate']);
    const names = search(engine, 'văn').items[0]!.snippet!;
    expect(names.hits.map((h) => names.text.slice(h.start, h.end))).toEqual(['Văn', 'Van']);
  });

  it('gives nothing for queries without words, and survives hostile ones', () => {
    for (const q of ['', '   ', '.*+?^${}()|[]\\', '<>', '\uD800']) expect(search(engine, q).eventIds).toEqual([]);
    expect(() => search(engine, 'a'.repeat(10_000))).not.toThrow();
    // Markup is only words to the search.
    expect(search(engine, '<b>frigate</b>').eventIds).toEqual(search(engine, 'b frigate').eventIds);
  });

  it('limits the highlighted items but counts every match', () => {
    const answer = search(engine, 'frigate', 1);
    expect(answer.items).toHaveLength(1);
    expect(answer.eventIds).toHaveLength(3);
  });
});
