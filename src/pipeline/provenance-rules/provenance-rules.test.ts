// Each rule fails on a small fixture corpus (the mini corpus with one thing changed), through the same
// build `npm run dataset` runs, with the file and line to fix.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFixture, type TestCorpus } from '../test-corpus';

const ANNOTATION = 'annotations/alpha.yaml';
const TALKS_QUOTE = '{ text: "General Phan Văn Giang, Minister of National Defence of Vietnam, held talks with\\nRussian Defence Minister Sergei Shoigu in Moscow on June 19, 2019.", supports: [who, when, where, what] }';

let corpus: TestCorpus;
beforeEach(async () => {
  corpus = await copyFixture('mini');
});
afterEach(async () => {
  await corpus.remove();
});

const tagTalks = (text: string, supports: string) => corpus.edit(ANNOTATION, TALKS_QUOTE, `{ text: "${text}", supports: [${supports}] }`);

describe('provenance rules', () => {
  it('the fixture corpus passes them all', async () => {
    await expect(corpus.build()).resolves.toMatchObject({ events: 2 });
  });

  it('who: a participant named only by a title or a pronoun, or only outside `who` passages, is reported', async () => {
    await tagTalks('held talks with\\nRussian Defence Minister Sergei Shoigu in Moscow on June 19, 2019.', 'who, when, where, what');
    const message = await corpus.buildError();
    expect(message).toMatch(/alpha\.yaml:17: events\[0\]\.officials\[0\]: event "2019-06-19-giang-shoigu-talks": participant "phan-van-giang" is not named in a `who` passage/);
    expect(message).not.toMatch(/officials\[1\]/);
  });

  it('who: an event without any `who` passage', async () => {
    await corpus.edit(ANNOTATION, 'supports: [who, when, what] }', 'supports: [when, what] }');
    const message = await corpus.buildError();
    expect(message).toMatch(/alpha\.yaml:32: events\[1\]\.officials\[0\]: .*"phan-van-giang" is not named .* the event has no `who` passage/);
    expect(message).toMatch(/alpha\.yaml:32: events\[1\]\.officials\[1\]: .*"sergei-shoigu"/);
  });

  it('when: a day no `when` passage gives (a day from outside is never a day-precision date)', async () => {
    await corpus.edit(ANNOTATION, 'date: 2020-07-03', 'date: 2020-07-04');
    expect(await corpus.buildError()).toMatch(
      /alpha\.yaml:28: events\[1\]\.date: event "2020-07-03-roadmap-signing": dated to the day 2020-07-04 \(precision: day\), but no `when` passage gives that day: they give 2020-07-03 \("July 3, 2020"\).*A day known only from outside the article goes in dateNote/,
    );
  });

  it('when: an event with no `when` passage', async () => {
    await tagTalks('General Phan Văn Giang, Minister of National Defence of Vietnam, held talks with\\nRussian Defence Minister Sergei Shoigu in Moscow on June 19, 2019.', 'who, where, what');
    expect(await corpus.buildError()).toMatch(/alpha\.yaml:14: events\[0\]\.date: event "2019-06-19-giang-shoigu-talks": no passage is tagged `when`/);
  });

  it('when: a range, a month and a year must be bounded by what the passages give', async () => {
    await corpus.edit(ANNOTATION, '    date: 2019-06-19\n    precision: day', '    date: 2019-06-19\n    endDate: 2019-06-25\n    precision: range');
    await corpus.edit(ANNOTATION, '    date: 2020-07-03\n    precision: day', '    date: 2020-08-01\n    precision: month');
    const message = await corpus.buildError();
    expect(message).toMatch(/alpha\.yaml:14: events\[0\]\.date: .*the range is not bounded by its `when` passages: none gives its last day 2019-06-25/);
    expect(message).toMatch(/alpha\.yaml:29: events\[1\]\.date: .*dated to the month 2020-08, but no `when` passage gives it: they give 2020-07-03/);
  });

  it('when: a year', async () => {
    await corpus.edit(ANNOTATION, '    date: 2020-07-03\n    precision: day', '    date: 2021-01-01\n    precision: year');
    expect(await corpus.buildError()).toMatch(/alpha\.yaml:28: events\[1\]\.date: .*dated to the year 2021, but no `when` passage gives it/);
  });

  it('when: the year of an article that prints none may come from outside, said in dateNote', async () => {
    await corpus.write('articles/gamma.txt', 'Talks in Hanoi\n\nOn June 19, Minister Giang met Sergei Shoigu in Hanoi.\n');
    const meta = { title: 'Talks in Hanoi', source: 'VNA', publishedAt: null, publishedAtNote: 'Not printed; other reporting places it in 2019.', outsideYear: 2019, url: null };
    await corpus.write('articles/gamma.json', JSON.stringify(meta, null, 2));
    const event = (note: string) =>
      [
        'article: gamma',
        'events:',
        '  - id: gamma-talks',
        '    title: Talks in Hanoi',
        '    kind: talks',
        '    date: 2019-06-19',
        '    precision: day',
        ...(note ? [`    dateNote: ${note}`] : []),
        '    location: Hanoi',
        '    officials: [phan-van-giang, sergei-shoigu]',
        '    summary: They met.',
        '    sources:',
        '      - article: gamma',
        '        quotes: [{ text: "On June 19, Minister Giang met Sergei Shoigu in Hanoi.", supports: [who, when, where, what] }]',
        '',
      ].join('\n');
    await corpus.write('annotations/gamma.yaml', event(''));
    expect(await corpus.buildError()).toMatch(/gamma\.yaml:6: events\[0\]\.date: event "gamma-talks": the year is not printed in the article .* say so in dateNote/);
    await corpus.write('annotations/gamma.yaml', event('The article prints "June 19" without a year; 2019 is from outside it.'));
    await expect(corpus.build()).resolves.toMatchObject({ events: 3 });
    // An article that prints a year may not borrow one.
    await corpus.edit('articles/gamma.txt', 'On June 19,', 'On June 19, 2019,');
    expect(await corpus.buildError()).toMatch(/gamma\.json:6: outsideYear: the article prints a year/);
  });

  it('publishedAt: a day needs the printed text that gives it; otherwise null with a note', async () => {
    await corpus.edit('articles/alpha.json', '"publishedAt": null', '"publishedAt": "2019-06-20"');
    await corpus.edit('articles/beta.json', '"publishedAt": null,\n  "publishedAtNote": "Not printed in the article; the outlet ran it two days after the signing."', '"publishedAt": "2020-07-05", "publishedAtQuote": "July 3, 2020"');
    const message = await corpus.buildError();
    expect(message).toMatch(/articles\/alpha\.json:4: publishedAt: 2019-06-20 is not backed by the text: add publishedAtQuote/);
    expect(message).toMatch(/articles\/beta\.json:4: publishedAtQuote: "July 3, 2020" gives 2020-07-03, not publishedAt 2020-07-05/);
  });

  it('publishedAt: null needs a note, and a printed day is read in the outlet’s date order', async () => {
    await corpus.edit('articles/alpha.json', ',\n  "publishedAtNote": "Not printed in the article; the outlet ran it the day after the talks."', '');
    await corpus.edit('articles/beta.txt', 'Defence ministers sign a roadmap\n', 'Defence ministers sign a roadmap\n05/07/2020\n');
    await corpus.edit('articles/beta.json', '"publishedAt": null,\n  "publishedAtNote": "Not printed in the article; the outlet ran it two days after the signing."', '"publishedAt": "2020-07-05", "publishedAtQuote": "05/07/2020"');
    expect(await corpus.buildError()).toMatch(/articles\/alpha\.json:4: publishedAt: null without publishedAtNote/);
    await corpus.edit('articles/alpha.json', '"publishedAt": null', '"publishedAt": null, "publishedAtNote": "Not printed."');
    await expect(corpus.build()).resolves.toMatchObject({ events: 2 });
    await corpus.edit('articles/beta.json', '"publishedAtQuote"', '"dateOrder": "month-first", "publishedAtQuote"');
    expect(await corpus.buildError()).toMatch(/articles\/beta\.json:4: publishedAtQuote: "05\/07\/2020" gives 2020-05-07, not publishedAt 2020-07-05 \(read month-first/);
  });

  it('roles: asOf is the publication day or a day a passage gives; else asOfEvent', async () => {
    await corpus.edit(ANNOTATION, 'asOf: 2019-06-19', 'asOf: 2019-06-18');
    expect(await corpus.buildError()).toMatch(/alpha\.yaml:7: roles\[0\]\.asOf: role of "phan-van-giang": 2019-06-18 is neither the article's publication day nor a day/);
    await corpus.edit(ANNOTATION, '    asOf: 2019-06-18\n', '');
    expect(await corpus.buildError()).toMatch(/alpha\.yaml:4: roles\[0\]\.asOf: role of "phan-van-giang": the article prints no publication day: give asOf .* or asOfEvent/);
    await corpus.edit(ANNOTATION, '    organization: vpa\n', '    organization: vpa\n    asOfEvent: 2020-07-03-roadmap-signing\n');
    expect(await corpus.buildError()).toMatch(/alpha\.yaml:7: roles\[0\]\.asOfEvent: role of "phan-van-giang": "2020-07-03-roadmap-signing" is not an event of this file reported by article "alpha"/);
  });

  it('roles: a title dated by an event carries its bounds', async () => {
    await corpus.edit(ANNOTATION, 'asOf: 2019-06-19', 'asOfEvent: 2019-06-19-giang-shoigu-talks');
    await corpus.build();
    const { readFile } = await import('node:fs/promises');
    const dataset = JSON.parse(await readFile(`${corpus.outDir}/dataset.json`, 'utf8')) as { officials: { id: string; roles: { asOf: string; asOfEnd?: string }[] }[] };
    expect(dataset.officials.find((o) => o.id === 'phan-van-giang')?.roles[0]).toMatchObject({ asOf: '2019-06-19' });
    expect(dataset.officials.find((o) => o.id === 'phan-van-giang')?.roles[0]?.asOfEnd).toBeUndefined();
  });

  it('where: the place must be written in a `where` passage', async () => {
    await corpus.edit(ANNOTATION, 'location: Moscow', 'location: Hanoi');
    expect(await corpus.buildError()).toMatch(/alpha\.yaml:16: events\[0\]\.location: event "2019-06-19-giang-shoigu-talks": the place "Hanoi" is not written in a `where` passage/);
  });

  it('a quote is a plain string (what) or { text, supports } with known claims', async () => {
    await tagTalks('General Phan Văn Giang', 'who, why');
    expect(await corpus.buildError()).toMatch(/alpha\.yaml:23: events\[0\]\.sources\[0\]\.quotes\[0\]/);
  });
});

describe('a quote that is not found', () => {
  it('is reported once, not again as a missing `who` or `when`', async () => {
    await corpus.edit(ANNOTATION, 'signed a roadmap for military cooperation until 2030', 'signed a roadmap for military cooperation until 2031');
    const message = await corpus.buildError();
    expect(message).toMatch(/^The corpus has 1 error:\n.*alpha\.yaml:38: events\[1\]\.sources\[0\]\.quotes\[0\]: .*quote not found/);
  });
});
