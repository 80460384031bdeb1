import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { articleFile, dataset as datasetSchema, type ArticleFile, type Dataset } from '../data/schema';
import { copyFixture, type TestCorpus } from './test-corpus';

let corpus: TestCorpus;
beforeEach(async () => {
  corpus = await copyFixture();
});
afterEach(async () => {
  await corpus.remove();
});

async function readOutput(outDir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(outDir, file), await readFile(file));
  }
  return files;
}

async function readDataset(outDir: string): Promise<Dataset> {
  return datasetSchema.parse(JSON.parse(await readFile(path.join(outDir, 'dataset.json'), 'utf8')));
}

async function readArticle(outDir: string, id: string): Promise<ArticleFile> {
  return articleFile.parse(JSON.parse(await readFile(path.join(outDir, 'articles', `${id}.json`), 'utf8')));
}

describe('buildDataset', () => {
  it('writes dataset.json and one file per article, valid against the app schema', async () => {
    const summary = await corpus.build();
    expect(summary).toMatchObject({ articles: 2, events: 2, officials: 2, organizations: 3 });
    expect([...(await readOutput(corpus.outDir)).keys()].sort()).toEqual(['articles/alpha.json', 'articles/beta.json', 'dataset.json', 'event-dates.json', 'network-layout.json', 'search-articles-0.json', 'search.json']);
    const data = await readDataset(corpus.outDir);
    expect(data.articles.map((a) => a.id)).toEqual(['alpha', 'beta']);
    expect(data.events.map((e) => e.id)).toEqual(['2019-06-19-giang-shoigu-talks', '2020-07-03-roadmap-signing']);
    expect(data.events[1]).toMatchObject({ datePrecision: 'day', officialIds: ['phan-van-giang', 'sergei-shoigu'], location: null });
  });

  it('resolves quotes (one spanning a line break) and roles to offsets in the article text', async () => {
    await corpus.build();
    const data = await readDataset(corpus.outDir);
    const alpha = await readArticle(corpus.outDir, 'alpha');
    const [talks] = data.events;
    const span = talks!.sources[0]!.evidence[0]!;
    expect(alpha.text.slice(span.start, span.end)).toBe('General Phan Văn Giang, Minister of National Defence of Vietnam, held talks with\nRussian Defence Minister Sergei Shoigu in Moscow on June 19, 2019.');
    expect(span.supports).toEqual(['who', 'when', 'where', 'what']);
    const [role] = data.officials.find((o) => o.id === 'phan-van-giang')!.roles;
    expect(role).toMatchObject({ title: 'Minister of National Defence', organizationId: 'vpa', asOf: '2019-06-19', articleId: 'alpha' });
    expect(alpha.text.slice(role!.start, role!.end)).toBe('Minister of National Defence of Vietnam');
  });

  it('finds mentions in annotated and unannotated articles alike, longest match first, sorted by start', async () => {
    await corpus.build();
    const beta = await readArticle(corpus.outDir, 'beta');
    const named = beta.mentions.map((m) => [beta.text.slice(m.start, m.end), m.officialId ?? m.organizationId]);
    expect(named).toEqual([
      ['Giang', 'phan-van-giang'],
      ['S.K.Shoigu', 'sergei-shoigu'],
      ['Giang', 'phan-van-giang'],
      ['Shoigu', 'sergei-shoigu'],
      ['Russian Armed Forces', 'ru-armed-forces'],
    ]);
    const alpha = await readArticle(corpus.outDir, 'alpha');
    const alphaNames = alpha.mentions.map((m) => alpha.text.slice(m.start, m.end));
    expect(alphaNames).toContain('General Phan Văn Giang');
    expect(alphaNames).toContain("General Staff of the Vietnam People's Army");
    expect(alpha.mentions.map((m) => m.start)).toEqual([...alpha.mentions.map((m) => m.start)].sort((a, b) => a - b));
  });

  it('is deterministic: two builds are byte-identical', async () => {
    await corpus.build();
    const first = await readOutput(corpus.outDir);
    await corpus.build();
    expect(await readOutput(corpus.outDir)).toEqual(first);
  });

  it('leaves the previous output byte-identical when a later build fails', async () => {
    await corpus.build();
    const good = await readOutput(corpus.outDir);
    await corpus.edit('annotations/alpha.yaml', 'date: 2020-07-03', 'date: 2019-02-30');
    await expect(corpus.build()).rejects.toThrow(/not a real calendar day/);
    expect(await readOutput(corpus.outDir)).toEqual(good);
    expect((await readdir(corpus.root)).sort()).toEqual(['corpus', 'out']);
  });

  it('replaces the output folder whole: no stale file of an earlier build survives', async () => {
    await corpus.build();
    await rm(corpus.file('articles/beta.txt'));
    await rm(corpus.file('articles/beta.json'));
    const annotations = await corpus.read('annotations/alpha.yaml');
    await corpus.write('annotations/alpha.yaml', annotations.slice(0, annotations.indexOf('  - id: 2020-07-03-roadmap-signing')));
    await corpus.build();
    expect([...(await readOutput(corpus.outDir)).keys()].sort()).toEqual(['articles/alpha.json', 'dataset.json', 'event-dates.json', 'network-layout.json', 'search-articles-0.json', 'search.json']);
    expect((await readdir(corpus.root)).sort()).toEqual(['corpus', 'out']);
  });

  it('keeps ids and their output stable when an article and its events are added', async () => {
    await corpus.build();
    const before = await readDataset(corpus.outDir);
    const alphaBefore = await readFile(path.join(corpus.outDir, 'articles/alpha.json'));
    await corpus.write('articles/gamma.txt', 'Earlier, on May 9, 2018, Shoigu received Giang at the parade.\n');
    await corpus.write('articles/gamma.json', JSON.stringify({ title: 'Parade', source: 'VNA', publishedAt: null, publishedAtNote: 'Not printed.', url: null }));
    await corpus.write(
      'annotations/gamma.yaml',
      [
        'article: gamma',
        'events:',
        '  - id: 2018-05-09-parade',
        '    title: Victory Day parade',
        '    kind: ceremony',
        '    date: 2018-05-09',
        '    precision: day',
        '    location: null',
        '    officials: [sergei-shoigu, phan-van-giang]',
        '    summary: Shoigu received Giang at the parade.',
        '    sources:',
        '      - article: gamma',
        '        quotes: [{ text: "on May 9, 2018, Shoigu received Giang at the parade.", supports: [who, when, what] }]',
        '',
      ].join('\n'),
    );
    await corpus.build();
    const after = await readDataset(corpus.outDir);
    expect(after.events.map((e) => e.id)).toEqual(['2018-05-09-parade', ...before.events.map((e) => e.id)]);
    for (const event of before.events) expect(after.events.find((e) => e.id === event.id)).toEqual(event);
    expect(await readFile(path.join(corpus.outDir, 'articles/alpha.json'))).toEqual(alphaBefore);
    expect(after.events[0]!.organizationIds).toEqual([]);
  });

  it('strips a byte-order mark and turns Windows line endings into LF; offsets are into that text', async () => {
    const original = await corpus.read('articles/alpha.txt');
    await corpus.write('articles/alpha.txt', `\uFEFF${original.replace(/\n/g, '\r\n')}`);
    await corpus.write('articles/alpha.json', `\uFEFF${await corpus.read('articles/alpha.json')}`);
    await corpus.build();
    const alpha = await readArticle(corpus.outDir, 'alpha');
    expect(alpha.text).toBe(original);
    const span = (await readDataset(corpus.outDir)).events[0]!.sources[0]!.evidence[0]!;
    expect(alpha.text.slice(span.start, span.end)).toMatch(/held talks with\nRussian/);
  });

  it('builds an article of 1 MB', async () => {
    const paragraph = 'Minister Giang and Sergei Shoigu discussed training, and the Russian Armed Forces agreed to help.\n';
    const opening = 'July 3, 2020 – Minister Giang and S.K.Shoigu signed a roadmap.\n';
    const text = `${opening}${paragraph.repeat(Math.ceil(1_048_576 / paragraph.length))}The last line is unique.\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(1_048_576);
    await corpus.write('articles/beta.txt', text);
    await corpus.edit(
      'annotations/alpha.yaml',
      'July 3, 2020 – Minister Giang and S.K.Shoigu signed a roadmap for military cooperation until 2030", supports: [who, when, what] }',
      'The last line is unique.", supports: [what] }\n          - { text: "July 3, 2020 – Minister Giang and S.K.Shoigu signed a roadmap.", supports: [who, when] }',
    );
    await corpus.build();
    const beta = await readArticle(corpus.outDir, 'beta');
    expect(beta.text).toBe(text);
    expect(beta.mentions.length).toBe(2 + 3 * Math.ceil(1_048_576 / paragraph.length));
    const span = (await readDataset(corpus.outDir)).events[1]!.sources[0]!.evidence.at(-1)!;
    expect(text.slice(span.start, span.end)).toBe('The last line is unique.');
  }, 20_000); // a whole build over 1 MB of text, with every rule: allow for a busy machine
});
