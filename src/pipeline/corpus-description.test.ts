// corpus.yaml: read, checked (shape, span, party codes, colours against both themes) with the line to
// fix, and carried into the dataset as its `corpus`; countries of officials and organizations are a
// party's code or an ISO 3166 code.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataset as datasetSchema } from '../data/schema';
import { assembleCorpus } from './build-dataset';
import { contrastRatio, themeBackgrounds } from './party-colours';
import { copyFixture, type TestCorpus } from './test-corpus';

let corpus: TestCorpus;
beforeEach(async () => {
  corpus = await copyFixture();
});
afterEach(async () => {
  await corpus.remove();
});

describe('corpus.yaml', () => {
  it('is carried into the dataset as its corpus', async () => {
    await corpus.build();
    const data = datasetSchema.parse(JSON.parse(await readFile(path.join(corpus.outDir, 'dataset.json'), 'utf8')));
    expect(data.schemaVersion).toBe(2);
    expect(data.corpus).toEqual({
      title: 'Mini fixture corpus',
      description: 'Two articles for the pipeline tests.',
      parties: [
        { code: 'VN', name: 'Vietnam', adjective: 'Vietnamese', colour: '#d93a2b' },
        { code: 'RU', name: 'Russia', adjective: 'Russian', colour: '#2f7bd9' },
      ],
      span: { from: '2019-01-01', to: '2020-12-31' },
    });
  });

  it('is required', async () => {
    await rm(corpus.file('corpus.yaml'));
    expect(await corpus.buildError()).toMatch(/corpus\.yaml: file is missing/);
  });

  it('needs two parties, a span that ends after it starts, unique codes and #rrggbb colours, each error on its line', async () => {
    await corpus.edit('corpus.yaml', '  to: 2020-12-31', '  to: 2018-12-31');
    await corpus.edit('corpus.yaml', '  - code: RU', '  - code: VN');
    await corpus.edit('corpus.yaml', '"#2f7bd9"', 'blue');
    const message = await corpus.buildError();
    expect(message).toMatch(/corpus\.yaml:12: parties\[1\]\.colour: a colour is written #rrggbb/);
    await corpus.edit('corpus.yaml', 'blue', '"#2f7bd9"');
    const second = await corpus.buildError();
    expect(second).toMatch(/corpus\.yaml:15: span\.to: span\.to 2018-12-31 is not after span\.from 2019-01-01/);
    expect(second).toMatch(/corpus\.yaml:9: parties\[1\]\.code: party code "VN" is used twice/);
  });

  it('refuses one party, a misspelt key and a code that is not two capitals', async () => {
    await corpus.edit('corpus.yaml', 'title: Mini', 'titel: Mini');
    await corpus.edit('corpus.yaml', '  - code: VN', '  - code: vn');
    const message = await corpus.buildError();
    expect(message).toMatch(/corpus\.yaml:2: Unrecognized key: "titel"/);
    expect(message).toMatch(/corpus\.yaml:5: parties\[0\]\.code: a country code is two capital letters/);
    const text = await corpus.read('corpus.yaml');
    await corpus.write('corpus.yaml', text.replace(/ {2}- code: RU[\s\S]*?colour: "#2f7bd9"\n/, '').replace('titel', 'title').replace('code: vn', 'code: VN'));
    expect(await corpus.buildError()).toMatch(/corpus\.yaml:5: parties: a corpus needs two or more parties/);
  });

  it("checks each party's colour against both themes' backgrounds, with the ratios", async () => {
    await corpus.edit('corpus.yaml', '"#d93a2b"', '"#ffd84d"'); // light yellow: fine on dark, not on light
    await corpus.edit('corpus.yaml', '"#2f7bd9"', '"#0b1f66"'); // navy: fine on light, not on dark
    const message = await corpus.buildError();
    expect(message).toMatch(/corpus\.yaml:8: parties\[0\]\.colour: #ffd84d of "VN" needs 3:1 against both themes' backgrounds; it has 1\.\d\d:1 on light --bg #f7f7f5, 1\.\d\d:1 on light --surface #ffffff/);
    expect(message).toMatch(/corpus\.yaml:12: parties\[1\]\.colour: #0b1f66 of "RU" needs 3:1 .* on dark --bg #15171a, .* on dark --surface #1d2024/);
    expect(message).not.toMatch(/#ffd84d[^\n]*dark/);
  });

  it('refuses two parties of one colour', async () => {
    await corpus.edit('corpus.yaml', '"#2f7bd9"', '"#D93A2B"');
    expect(await corpus.buildError()).toMatch(/corpus\.yaml:12: parties\[1\]\.colour: #D93A2B is also the colour of "VN"/);
  });
});

describe('countries', () => {
  it('accepts a third country by its ISO code and refuses a code that is neither a party nor ISO', async () => {
    await corpus.write('officials.yaml', `${await corpus.read('officials.yaml')}\n- id: kenji-sato\n  name: Kenji Sato\n  country: JP\n  aliases: []\n`);
    const summary = await corpus.build();
    expect(summary.officials).toBe(3);
    const data = datasetSchema.parse(JSON.parse(await readFile(path.join(corpus.outDir, 'dataset.json'), 'utf8')));
    expect(data.officials.find((o) => o.id === 'kenji-sato')?.country).toBe('JP');

    await corpus.edit('officials.yaml', 'country: JP', 'country: QQ');
    await corpus.edit('organizations.yaml', 'country: RU', 'country: UK');
    const message = await corpus.buildError();
    expect(message).toMatch(/officials\.yaml:16: \[2\]\.country: "QQ" is neither a party of corpus\.yaml \(VN, RU\) nor an ISO 3166 country code/);
    expect(message).toMatch(/organizations\.yaml:13: \[2\]\.country: "UK" is neither a party/);
  });
});

describe('party colour maths', () => {
  it('reads the backgrounds of both themes from theme.css', async () => {
    const css = await readFile(new URL('../app/theme.css', import.meta.url), 'utf8');
    expect(themeBackgrounds(css).map((b) => b.name)).toEqual(['light --bg', 'light --surface', 'dark --bg', 'dark --surface']);
    expect(() => themeBackgrounds(':root { --bg: #fff; }')).toThrow(/dark theme/);
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('the second fixture corpus', () => {
  it("builds, and nothing in it names the seed corpus's countries", async () => {
    const { dataset, articleFiles } = await assembleCorpus(fileURLToPath(new URL('./fixtures/corpus-b', import.meta.url)));
    expect(dataset.corpus.parties.map((p) => p.code)).toEqual(['QV', 'QT']);
    expect(dataset.corpus.span).toEqual({ from: '1995-01-01', to: '2001-12-31' });
    expect(dataset.officials.find((o) => o.id === 'kari-lunde')?.country).toBe('NO');
    for (const event of dataset.events) expect(event.date >= '1995-01-01' && event.date <= '2001-12-31', event.id).toBe(true);
    expect(JSON.stringify({ dataset, articleFiles })).not.toMatch(/Vietnam|Russia/i);
  });
});
