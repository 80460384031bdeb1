// search.json from the real corpus, searched as the app does: the checks on the seed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchEngine, search, type SearchEngine } from '../features/search/lib/search-engine';
import { searchFile } from '../data/schema';
import { assembleCorpus } from './build-dataset';
import { buildSearchFile } from './search-file';

describe('search on the real corpus', () => {
  let engine: SearchEngine;
  let articleOf: Map<string, string[]>;
  beforeAll(async () => {
    const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../corpus');
    const { dataset, articleFiles } = await assembleCorpus(corpusDir);
    // What the build writes passes the schema the worker checks it with.
    engine = buildSearchEngine(searchFile.parse(buildSearchFile(dataset, articleFiles)));
    articleOf = new Map(dataset.events.map((e) => [e.id, e.sources.map((s) => s.articleId)]));
  });

  const articlesOf = (ids: string[]) => [...new Set(ids.flatMap((id) => articleOf.get(id) ?? []))].sort();

  it('"Tropical" finds the events of both articles that name the Tropical Centre (one spells it Center)', () => {
    const texts = engine.file.articles.filter((a) => /tropical/i.test(a.text));
    expect(texts.some((a) => /Tropical Center/.test(a.text))).toBe(true);
    const ids = search(engine, 'Tropical').eventIds;
    expect(articlesOf(ids)).toEqual(texts.map((a) => a.id).sort());
    // Every event of those articles.
    expect(ids.sort()).toEqual(engine.file.events.filter((e) => e.articleIds.some((a) => texts.some((t) => t.id === a))).map((e) => e.id).sort());
  });

  it('"frigate" finds the events of the article that mentions frigates', () => {
    const withFrigate = engine.file.articles.filter((a) => /frigate/i.test(a.text)).map((a) => a.id);
    expect(withFrigate).toHaveLength(1);
    expect(withFrigate[0]).toMatch(/^001_/);
    expect(articlesOf(search(engine, 'frigate').eventIds)).toEqual(withFrigate);
  });

  it('"phan van giang" and "Phan Văn Giang" give the same results', () => {
    const a = search(engine, 'phan van giang');
    expect(a.eventIds.length).toBeGreaterThan(0);
    expect(search(engine, 'Phan Văn Giang').eventIds).toEqual(a.eventIds);
    expect(a.officialIds[0]).toBe('phan-van-giang');
  });
});

describe('buildSearchFile', () => {
  it("lists every form of an event's participants' names and its articles", async () => {
    const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../corpus');
    const { dataset, articleFiles } = await assembleCorpus(corpusDir);
    const file = buildSearchFile(dataset, articleFiles);
    const withGiang = dataset.events.find((e) => e.officialIds.includes('phan-van-giang'))!;
    const entry = file.events.find((e) => e.id === withGiang.id)!;
    expect(entry.names).toEqual(expect.arrayContaining(['Phan Van Giang', 'Phan Văn Giang', 'Giang']));
    expect(entry.articleIds).toEqual(withGiang.sources.map((s) => s.articleId));
    expect(file.articles.map((a) => a.id).sort()).toEqual(articleFiles.map((a) => a.id).sort());
  });
});
