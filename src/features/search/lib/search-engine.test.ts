import { describe, expect, it } from 'vitest';
import type { SearchArticlesFile, SearchFile } from '../../../data/schema';
import { addArticles, buildSearchEngine, search } from './search-engine';

const fixture: SearchFile = {
  schemaVersion: 2,
  events: [
    { id: 'body-only', title: 'Closing ceremony', summary: 'Games closed.', place: 'Russia', names: [], articles: [0] },
    { id: 'in-title', title: 'Frigate handover', summary: 'A ship.', place: 'Cam Ranh', names: [], articles: [1] },
    { id: 'in-names', title: 'Talks', summary: 'They met.', place: 'Moscow', names: [0, 1], articles: [1] },
    { id: 'in-summary', title: 'Visit', summary: 'A visit to see a frigate being built.', place: 'Hanoi', names: [], articles: [2] },
  ],
  names: [
    { id: 'phan-van-giang', kind: 'official', names: ['Phan Van Giang', 'Phan Văn Giang', 'Giang'] },
    { id: 'navy', kind: 'organization', names: ['People’s Navy', 'Hải quân nhân dân'] },
  ],
  articles: ['art-1', 'art-2', 'art-3'],
  chunks: ['search-articles-0.json'],
};
const texts: SearchArticlesFile['articles'] = [
  { id: 'art-1', text: 'At the games a frigate crew competed. Later the frigate sailed.' },
  { id: 'art-2', text: 'Nothing about ships here.' },
  { id: 'art-3', text: 'Visit text.' },
];

const ranked = (answer: { items: { id: string }[] }) => answer.items.map((i) => i.id);

function engineWith(file: SearchFile, articles: SearchArticlesFile['articles']) {
  const engine = buildSearchEngine(file);
  addArticles(engine, articles);
  return engine;
}

describe('search ranking and highlights', () => {
  const engine = engineWith(fixture, texts);

  it('ranks title hits above summary hits above body-only hits', () => {
    expect(ranked(search(engine, 'frigate'))).toEqual(['in-title', 'in-summary', 'body-only']);
  });

  it('ranks participant-name hits above body text', () => {
    const withBody = engineWith(fixture, [...texts.slice(0, 2), { id: 'art-3', text: 'Giang spoke at length about Giang.' }]);
    expect(ranked(search(withBody, 'giang'))).toEqual(['in-names', 'in-summary']);
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
    expect(names.hits.map((h) => names.text.slice(h.start, h.end))).toEqual(['Van', 'Văn']);
  });

  it('gives nothing for queries without words, and survives hostile ones', () => {
    for (const q of ['', '   ', '.*+?^${}()|[]\\', '<>', '\uD800']) expect(search(engine, q).eventIds).toEqual([]);
    expect(() => search(engine, 'a'.repeat(10_000))).not.toThrow();
    // Markup is only words to the search.
    expect(search(engine, '<b>frigate</b>').eventIds).toEqual(search(engine, 'b frigate').eventIds);
  });

  it('limits the highlighted items but counts every match', () => {
    const answer = search(engine, 'frigate', 1);
    expect(ranked(answer)).toEqual(['in-title']);
    // Every match, in the file's order (the views filter on them); the best come as items.
    expect(answer.eventIds).toEqual(['body-only', 'in-title', 'in-summary']);
    expect(ranked(search(engine, 'frigate', 2))).toEqual(['in-title', 'in-summary']);
  });

  it('needs every word, wherever each is: a name, the place, the article', () => {
    expect(search(engine, 'giang moscow').eventIds).toEqual(['in-names']);
    expect(search(engine, 'giang ships').eventIds).toEqual(['in-names']);
    expect(search(engine, 'navy talks').eventIds).toEqual(['in-names']);
    expect(search(engine, 'hai quan').eventIds).toEqual(['in-names']);
    // An organization is no official: it opens no profile.
    expect(search(engine, 'navy').officialIds).toEqual([]);
  });

  it('matches one-letter words whole, longer words as prefixes', () => {
    expect(search(engine, 'g').eventIds).toEqual([]);
    expect(search(engine, 'ga').eventIds).toEqual(['body-only']);
  });

  it('answers from events and names before the articles arrive, and says how much text it searched', () => {
    const partial = buildSearchEngine(fixture);
    const before = search(partial, 'frigate');
    expect(ranked(before)).toEqual(['in-title', 'in-summary']);
    expect([before.articlesSearched, before.articlesTotal]).toEqual([0, 3]);
    addArticles(partial, texts.slice(0, 1));
    const after = search(partial, 'frigate');
    expect(ranked(after)).toEqual(['in-title', 'in-summary', 'body-only']);
    expect(after.articlesSearched).toBe(1);
    // Adding the same article twice changes nothing; an article the file does not list is refused.
    addArticles(partial, texts.slice(0, 1));
    expect(partial.indexedArticles).toBe(1);
    expect(() => addArticles(partial, [{ id: 'stranger', text: 'x' }])).toThrow(/does not list/);
  });
});
