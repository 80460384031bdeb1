// Every bad input a curator can produce fails the build with a message naming the file (and the line
// for YAML), and writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { buildDataset } from './build-dataset';
import { CorpusError } from './corpus-error';
import { copyFixture, type TestCorpus } from './test-corpus';

let corpus: TestCorpus;
beforeEach(async () => {
  corpus = await copyFixture();
});
afterEach(async () => {
  // Nothing is ever written on failure: not the output, not a temp folder beside it.
  expect((await readdir(corpus.root)).sort()).toEqual(['corpus']);
  await corpus.remove();
});

const ANNOTATION = 'annotations/alpha.yaml';

describe('corpus validation errors', () => {
  it('a corpus folder that does not exist', async () => {
    await rm(corpus.corpusDir, { recursive: true });
    const error = await buildDataset({ corpusDir: corpus.corpusDir, outDir: corpus.outDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).issues).toEqual([{ file: corpus.corpusDir, message: 'corpus folder does not exist' }]);
    await mkdir(corpus.corpusDir);
  });

  it('a missing gazetteer or articles folder', async () => {
    await rm(corpus.file('organizations.yaml'));
    await rm(corpus.file('articles'), { recursive: true });
    const message = await corpus.buildError();
    expect(message).toMatch(/organizations\.yaml: file is missing/);
    expect(message).toMatch(/corpus\/articles: articles folder does not exist/);
  });

  it('a missing metadata file', async () => {
    await rm(corpus.file('articles/beta.json'));
    expect(await corpus.buildError()).toMatch(/articles\/beta\.txt: metadata file beta\.json is missing/);
  });

  it('invalid metadata JSON and metadata of the wrong shape', async () => {
    await corpus.write('articles/beta.json', '{"title": "x",');
    await corpus.edit('articles/alpha.json', '"publishedAt": null', '"publishedAt": "20 June 2019"');
    const message = await corpus.buildError();
    expect(message).toMatch(/articles\/beta\.json: invalid metadata JSON: /);
    expect(message).toMatch(/articles\/alpha\.json: invalid metadata: publishedAt: expected a date written YYYY-MM-DD/);
  });

  it('an article that is not UTF-8', async () => {
    await corpus.write('articles/beta.txt', Uint8Array.from([0x48, 0x61, 0xe0, 0x6e, 0x6f, 0x69]));
    expect(await corpus.buildError()).toMatch(/articles\/beta\.txt: article text is not valid UTF-8/);
  });

  it('an empty article (0 bytes, or only whitespace)', async () => {
    await corpus.write('articles/beta.txt', '');
    await corpus.write('articles/alpha.txt', ' \n\r\n\t');
    const message = await corpus.buildError();
    expect(message).toMatch(/articles\/alpha\.txt: article is empty/);
    expect(message).toMatch(/articles\/beta\.txt: article is empty/);
    // The events citing those articles are not reported again as citing unknown articles.
    expect(message).not.toMatch(/unknown article/);
  });

  it('an impossible date, with its line', async () => {
    await corpus.edit(ANNOTATION, 'date: 2020-07-03', 'date: 2019-02-30');
    expect(await corpus.buildError()).toMatch(/annotations\/alpha\.yaml:28: events\[1\]\.date: not a real calendar day/);
  });

  it('an endDate before the date, and a range without an endDate', async () => {
    await corpus.edit(ANNOTATION, '    precision: day\n    location: Moscow', '    endDate: 2019-06-18\n    precision: day\n    location: Moscow');
    await corpus.edit(ANNOTATION, '    precision: day\n    dateNote', '    precision: range\n    dateNote');
    const message = await corpus.buildError();
    expect(message).toMatch(/alpha\.yaml:15: events\[0\]\.endDate: endDate 2019-06-18 is before date 2019-06-19/);
    expect(message).toMatch(/alpha\.yaml:30: events\[1\]\.precision: precision "range" needs an endDate/);
  });

  it('unknown official, organization and article ids, each with its line', async () => {
    await corpus.edit(ANNOTATION, 'officials: [phan-van-giang, sergei-shoigu]\n    organizations: [vpa, ', 'officials: [phan-van-giang, foo]\n    organizations: [vpa, ');
    await corpus.edit(ANNOTATION, 'organizations: []', 'organizations: [nato]');
    await corpus.edit(ANNOTATION, '- article: beta', '- article: gamma');
    await corpus.edit(ANNOTATION, 'official: phan-van-giang', 'official: giang');
    const message = await corpus.buildError();
    expect(message).toMatch(/alpha\.yaml:17: events\[0\]\.officials\[1\]: unknown official "foo"/);
    expect(message).toMatch(/alpha\.yaml:33: events\[1\]\.organizations\[0\]: unknown organization "nato"/);
    expect(message).toMatch(/alpha\.yaml:36: events\[1\]\.sources\[0\]\.article: unknown article "gamma"/);
    expect(message).toMatch(/alpha\.yaml:4: roles\[0\]\.official: unknown official "giang"/);
  });

  it('an annotation file for an unknown article', async () => {
    await corpus.edit(ANNOTATION, 'article: alpha', 'article: alfa');
    expect(await corpus.buildError()).toMatch(/alpha\.yaml:1: article: unknown article "alfa"/);
  });

  it('duplicate event ids across files, duplicate official and organization ids', async () => {
    await corpus.write('annotations/beta.yaml', 'article: beta\nevents:\n' + (await corpus.read(ANNOTATION)).split('events:\n')[1]);
    await corpus.write('officials.yaml', (await corpus.read('officials.yaml')) + '\n- id: sergei-shoigu\n  name: Other\n  country: RU\n');
    await corpus.edit('organizations.yaml', 'id: ru-armed-forces', 'id: vpa');
    const message = await corpus.buildError();
    expect(message).toMatch(/annotations\/beta\.yaml:3: events\[0\]\.id: duplicate event id "2019-06-19-giang-shoigu-talks" \(also in .*alpha\.yaml:11\)/);
    expect(message).toMatch(/officials\.yaml:14: \[2\]\.id: duplicate official id "sergei-shoigu"/);
    expect(message).toMatch(/organizations\.yaml:11: \[2\]\.id: duplicate organization id "vpa"/);
  });

  it('an event without a source, and a source without quotes', async () => {
    const annotation = await corpus.read(ANNOTATION);
    const firstSources = annotation.slice(annotation.indexOf('    sources:\n      - article: alpha'), annotation.indexOf('\n\n  - id: 2020-07-03'));
    await corpus.edit(ANNOTATION, firstSources, '    sources: []');
    await corpus.edit(ANNOTATION, 'quotes:\n          - { text: "July 3, 2020 – Minister Giang and S.K.Shoigu signed a roadmap for military cooperation until 2030", supports: [who, when, what] }', 'quotes: []');
    const message = await corpus.buildError();
    expect(message).toMatch(/alpha\.yaml:20: events\[0\]\.sources: an event needs at least one source/);
    expect(message).toMatch(/alpha\.yaml:34: events\[1\]\.sources\[0\]\.quotes: a source needs at least one quote/);
  });

  it('an id listed twice in an event, and an alias without letters', async () => {
    await corpus.edit(ANNOTATION, 'organizations: [vpa, ru-armed-forces]', 'organizations: [vpa, ru-armed-forces, vpa]');
    await corpus.edit('organizations.yaml', 'aliases: [VPA]', 'aliases: [VPA, "–"]');
    const message = await corpus.buildError();
    expect(message).toMatch(/alpha\.yaml:18: events\[0\]\.organizations\[2\]: "vpa" is listed twice/);
    expect(message).toMatch(/organizations\.yaml:4: \[0\]\.aliases\[1\]: "–" has no letters or digits/);
  });

  it('malformed YAML, with its line', async () => {
    await corpus.edit(ANNOTATION, '    kind: signing', '    kind: [signing');
    expect(await corpus.buildError()).toMatch(/annotations\/alpha\.yaml:\d+: malformed YAML: /);
    await corpus.write('officials.yaml', '- id: a\n  name: A\n name: B\n');
    expect(await corpus.buildError()).toMatch(/officials\.yaml:3: malformed YAML: /);
  });

  it('a misspelt key and a wrong kind', async () => {
    await corpus.edit(ANNOTATION, 'officials: [phan-van-giang, sergei-shoigu]\n    organizations: []', 'offcials: [phan-van-giang, sergei-shoigu]\n    organizations: []');
    await corpus.edit(ANNOTATION, 'kind: talks', 'kind: meeting');
    const message = await corpus.buildError();
    expect(message).toMatch(/alpha\.yaml:32: events\[1\]: Unrecognized key: "offcials"/);
    expect(message).toMatch(/alpha\.yaml:13: events\[0\]\.kind: /);
  });

  it('a quote that is missing or found twice, naming the event, the article and the quote', async () => {
    await corpus.edit(ANNOTATION, 'signed a roadmap for military cooperation until 2030', 'signed a roadmap until 2030');
    await corpus.edit(ANNOTATION, 'quote: "Minister of National Defence of Vietnam"', 'quote: "Vietnam People\'s Army"');
    const message = await corpus.buildError();
    expect(message).toMatch(
      /alpha\.yaml:38: events\[1\]\.sources\[0\]\.quotes\[0\]: event "2020-07-03-roadmap-signing": quote not found in article "beta":\n {2}quote: {3}"July 3, 2020 – Minister Giang and S\.K\.Shoigu signed a roadmap until 2030"\n {2}nearest: "[^"]*signed a roadmap [^"]*"/,
    );
    expect(message).toMatch(/first difference at character 63 of the quote, after "[^"]*signed a roadmap ": the quote has "u" \(U\+0075\) where the article has "f" \(U\+0066\)/);
    expect(message).toMatch(/alpha\.yaml:8: roles\[0\]\.quote: role of "phan-van-giang": quote found 2 times .* in article "alpha": "Vietnam People's Army"/);
  });

  it('a draft still marked "status: draft", or still carrying newOfficials, naming the file and what to review', async () => {
    const original = await corpus.read(ANNOTATION);
    await corpus.write(ANNOTATION, `status: draft\n${original}`);
    await corpus.write('annotations/beta.yaml', 'article: beta\nnewOfficials:\n  - id: x\n    name: X\n    country: RU\n    quote: X\nevents: []\n');
    const message = await corpus.buildError();
    expect(message).toMatch(/alpha\.yaml:1: this annotation is still a draft \(status: draft\): review each event .* then delete the "status: draft" line/);
    expect(message).toMatch(/beta\.yaml:3: newOfficials: move each entry into officials\.yaml \(without its "quote" line\)/);
  });

  it('a name shared by two officials is reported where it occurs, never guessed', async () => {
    await corpus.edit('officials.yaml', 'aliases: [S.K.Shoigu, Shoigu]', 'aliases: [S.K.Shoigu, Shoigu, Giang]');
    const message = await corpus.buildError();
    expect(message).toMatch(/articles\/beta\.txt:3: ambiguous name "Giang" could be official:phan-van-giang or official:sergei-shoigu/);
    expect(message).toMatch(/articles\/beta\.txt:4: ambiguous name "Giang"/);
    // In alpha.txt "Phan Văn Giang" is the longest match, so the shared surname is never read alone.
    expect(message).not.toMatch(/alpha\.txt/);
  });

  it('lists every error of a run, not only the first', async () => {
    await corpus.write('articles/beta.txt', '');
    await corpus.edit(ANNOTATION, 'date: 2020-07-03', 'date: 2019-02-30');
    await corpus.edit(ANNOTATION, 'official: phan-van-giang', 'official: giang');
    const error = await corpus.build().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).issues.length).toBeGreaterThanOrEqual(2);
    expect((error as CorpusError).message).toMatch(/^The corpus has \d+ errors:/);
    expect(path.isAbsolute((error as CorpusError).issues[0]!.file)).toBe(true);
  });
});
