// search.json from the real corpus, searched as the app does: the checks on the seed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { search, type SearchEngine } from '../features/search/lib/search-engine';
import { searchArticlesFile, searchFile, type SearchArticlesFile, type SearchFile } from '../data/schema';
import { addArticles, buildSearchEngine as buildEngine } from '../features/search/lib/search-engine';
import { assembleCorpus } from './build-dataset';
import { buildSearchFiles, chunkName, searchFileEntries } from './search-file';

describe('search on the real corpus', () => {
  let engine: SearchEngine;
  let articleOf: Map<string, string[]>;
  let texts: SearchArticlesFile['articles'];
  beforeAll(async () => {
    const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../corpus');
    const { dataset, articleFiles } = await assembleCorpus(corpusDir);
    // What the build writes passes the schemas the worker checks it with.
    const written = new Map(searchFileEntries(dataset, articleFiles).map(([name, text]) => [name, JSON.parse(text) as unknown]));
    const index: SearchFile = searchFile.parse(written.get('search.json'));
    engine = buildEngine(index);
    for (const name of index.chunks) addArticles(engine, searchArticlesFile.parse(written.get(name)).articles);
    texts = articleFiles.map((a) => ({ id: a.id, text: a.text }));
    articleOf = new Map(dataset.events.map((e) => [e.id, e.sources.map((s) => s.articleId)]));
  });

  const articlesOf = (ids: string[]) => [...new Set(ids.flatMap((id) => articleOf.get(id) ?? []))].sort();

  it('"Tropical" finds the events of both articles that name the Tropical Centre (one spells it Center)', () => {
    const tropical = texts.filter((a) => /tropical/i.test(a.text));
    expect(tropical.some((a) => /Tropical Center/.test(a.text))).toBe(true);
    const ids = search(engine, 'Tropical').eventIds;
    expect(articlesOf(ids)).toEqual(tropical.map((a) => a.id).sort());
    // Every event of those articles.
    expect(ids.sort()).toEqual(engine.file.events.filter((e) => e.articles.some((a) => tropical.some((t) => t.id === engine.file.articles[a]))).map((e) => e.id).sort());
  });

  it('"frigate" finds the events of the article that mentions frigates', () => {
    const withFrigate = texts.filter((a) => /frigate/i.test(a.text)).map((a) => a.id);
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

describe('buildSearchFiles', () => {
  it("refers to every form of an event's participants' names once, and to its articles", async () => {
    const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../corpus');
    const { dataset, articleFiles } = await assembleCorpus(corpusDir);
    const { index } = buildSearchFiles(dataset, articleFiles);
    const withGiang = dataset.events.find((e) => e.officialIds.includes('phan-van-giang'))!;
    const entry = index.events.find((e) => e.id === withGiang.id)!;
    expect(entry.names.flatMap((n) => index.names[n]!.names)).toEqual(expect.arrayContaining(['Phan Van Giang', 'Phan Văn Giang', 'Giang']));
    expect(entry.articles.map((a) => index.articles[a])).toEqual(withGiang.sources.map((s) => s.articleId));
    expect(index.names.filter((n) => n.id === 'phan-van-giang')).toHaveLength(1);
    expect([...index.articles].sort()).toEqual(articleFiles.map((a) => a.id).sort());
  });

  it('writes each article once, in chunks of about the size asked for', async () => {
    const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../corpus');
    const { dataset, articleFiles } = await assembleCorpus(corpusDir);
    const longest = Math.max(...articleFiles.map((a) => a.text.length));
    const { index, chunks } = buildSearchFiles(dataset, articleFiles, longest);
    expect(chunks.length).toBeGreaterThan(1);
    expect(index.chunks).toEqual(chunks.map((_, i) => chunkName(i)));
    expect(chunks.flatMap((c) => c.file.articles.map((a) => a.id))).toEqual(index.articles);
    for (const c of chunks) expect(c.file.articles.reduce((n, a) => n + a.text.length, 0)).toBeLessThanOrEqual(longest);
    // search.json holds no article text.
    expect(JSON.stringify(index)).not.toContain(articleFiles[0]!.text.slice(0, 80));
  });

  it('refuses a file whose events refer to names or articles it does not list', async () => {
    const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../corpus');
    const { dataset, articleFiles } = await assembleCorpus(corpusDir);
    const { index } = buildSearchFiles(dataset, articleFiles);
    const broken = { ...index, events: [{ ...index.events[0]!, articles: [index.articles.length] }] };
    expect(searchFile.safeParse(broken).success).toBe(false);
    expect(searchFile.safeParse({ ...index, chunks: ['../dataset.json'] }).success).toBe(false);
  });
});
