// The generated validators must accept and reject exactly what the zod schema does: on a real corpus,
// on the hostile fixtures of the end-to-end suite, and on one broken copy per rule of the schema.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as generated from 'virtual:dataset-validators';
import * as generatedLayout from 'virtual:network-layout-validator';
import { hostileData } from '../../../e2e/support/hostile-dataset';
import { fromGenerated } from '../../data/file-checks';
import { articleFile, dataset as datasetSchema, eventDates, networkLayout, type ArticleFile, type Dataset, type EventDates } from '../../data/schema';
import { encodeEventDates } from '../../data/event-dates';
import { assembleCorpus } from '../build-dataset';
import { generateValidatorModule, toValidatorSchema } from './generate-validators';

const FIXTURE = new URL('../fixtures/mini', import.meta.url).pathname;

type Json = Record<string, unknown> & { [key: string]: unknown };
const copy = <T>(value: T): T => structuredClone(value);

/** Sets `value` at a dotted path ("events.0.date") in a copy of `data`; `undefined` deletes the key. */
function withValue<T>(data: T, path: string, value: unknown): T {
  const out = copy(data) as unknown as Json;
  const keys = path.split('.');
  let node: Json = out;
  for (const key of keys.slice(0, -1)) node = node[key] as Json;
  const last = keys.at(-1) as string;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return out as unknown as T;
}

function agree(schema: z.ZodMiniType, validate: typeof generated.dataset, value: unknown): boolean {
  const ours = validate(value);
  expect(ours, JSON.stringify(validate.errors?.[0] ?? null)).toBe(schema.safeParse(value).success);
  return ours;
}

describe('generated validators', () => {
  it('accept what the schema accepts: a built corpus and the hostile-text fixture', async () => {
    const { dataset, articleFiles } = await assembleCorpus(FIXTURE);
    expect(agree(datasetSchema, generated.dataset, dataset)).toBe(true);
    for (const file of articleFiles) expect(agree(articleFile, generated.articleFile, file)).toBe(true);
    const hostile = hostileData();
    expect(agree(datasetSchema, generated.dataset, hostile.dataset)).toBe(true);
    expect(agree(articleFile, generated.articleFile, hostile.article)).toBe(true);
  });

  it('reject what the schema rejects, one broken rule at a time', async () => {
    const { dataset } = await assembleCorpus(FIXTURE);
    const broken: [string, unknown][] = [
      ['schemaVersion', 99],
      ['schemaVersion', '1'],
      ['events', 'none'],
      ['events.0.id', 'has space'],
      ['events.0.id', ''],
      ['events.0.title', ''],
      ['events.0.title', 42],
      ['events.0.kind', 'party'],
      ['events.0.date', '2019-02-30'],
      ['events.0.date', '19-06-2019'],
      ['events.0.date', undefined],
      ['events.0.endDate', '1999-01-01'],
      ['events.0.datePrecision', 'week'],
      ['events.0.location', undefined],
      ['events.0.officialIds', ['ok', 'bad id']],
      ['events.0.sources', []],
      ['events.0.sources.0.evidence', []],
      ['events.0.sources.0.evidence.0.end', 0],
      ['events.0.sources.0.evidence.0.start', -1],
      ['events.0.sources.0.evidence.0.start', 1.5],
      ['articles.0.url', 'ftp://example.org/a'],
      ['articles.0.url', 'not a url'],
      ['articles.0.publishedAt', '2019-13-01'],
      ['officials.0.country', 'XX-long'],
      ['officials.0.aliases', [null]],
      ['officials', null],
      ['corpus.span', { from: '2001-01-01', to: '1995-01-01' }],
      ['corpus.parties.1.code', 'A'],
      ['corpus.parties.0.colour', 'red'],
    ];
    for (const [path, value] of broken) {
      const data = withValue(dataset, path, value);
      // A rule the fixture does not exercise (an absent optional key) is no test: say which.
      expect(agree(datasetSchema, generated.dataset, data), `${path} = ${JSON.stringify(value)}`).toBe(false);
    }
    // Keys the schema does not know are accepted by both (zod drops them, the generated code ignores them).
    expect(agree(datasetSchema, generated.dataset, { ...copy(dataset), extra: 1 })).toBe(true);
    expect(agree(datasetSchema, generated.dataset, null)).toBe(false);
    expect(agree(datasetSchema, generated.dataset, [])).toBe(false);
  });

  it('reject broken article files like the schema', () => {
    const { article } = hostileData();
    const cases: [string, unknown][] = [
      ['id', 42],
      ['text', null],
      ['mentions.0.officialId', undefined],
      ['mentions.0', { start: 0, end: 1, officialId: 'a', organizationId: 'b' }],
      ['mentions.0.end', -3],
    ];
    for (const [path, value] of cases) {
      expect(agree(articleFile, generated.articleFile, withValue<ArticleFile>(article, path, value)), path).toBe(false);
    }
  });

  it('check the compact dates index like the schema', async () => {
    const { dataset } = await assembleCorpus(FIXTURE);
    const dates = encodeEventDates(dataset);
    expect(agree(eventDates, generated.eventDates, dates)).toBe(true);
    expect(agree(eventDates, generated.eventDates, encodeEventDates(hostileData().dataset))).toBe(true);
    const cases: [string, unknown][] = [
      ['schemaVersion', 3],
      ['firstDay', 1.5],
      ['firstDay', undefined],
      ['startDeltas', [0, -1]],
      ['startDeltas', [0, 'x']],
      ['lengths', [0]],
      ['lengths', [-2, ...dates.lengths.slice(1)]],
      ['corpus.parties', []],
    ];
    for (const [path, value] of cases) {
      expect(agree(eventDates, generated.eventDates, withValue<EventDates>(dates, path, value)), path).toBe(false);
    }
  });

  it('check the network layout like the schema', () => {
    const layout = { schemaVersion: 1, positions: { 'giap.v-n': [1.5, -2], 'org:mod': [0, 0] } };
    expect(agree(networkLayout, generatedLayout.networkLayout, layout)).toBe(true);
    expect(agree(networkLayout, generatedLayout.networkLayout, { schemaVersion: 1, positions: {} })).toBe(true);
    const cases: [unknown][] = [
      [{ ...layout, schemaVersion: 2 }],
      [{ schemaVersion: 1 }],
      [{ schemaVersion: 1, positions: { a: [1] } }],
      [{ schemaVersion: 1, positions: { a: [1, 2, 3] } }],
      [{ schemaVersion: 1, positions: { a: ['1', 2] } }],
      [{ schemaVersion: 1, positions: { a: [1, null] } }],
      [{ schemaVersion: 1, positions: [[1, 2]] }],
    ];
    for (const [value] of cases) expect(agree(networkLayout, generatedLayout.networkLayout, value), JSON.stringify(value)).toBe(false);
  });

  it('says where the first problem is, as a dotted path', async () => {
    const { dataset } = await assembleCorpus(FIXTURE);
    const check = fromGenerated<Dataset>(generated.dataset);
    expect(check(withValue(dataset, 'events.1.date', '2019-02-30'))).toEqual({ ok: false, problem: 'events.1.date: must pass isRealDay' });
    expect(check(dataset)).toEqual({ ok: true, value: dataset });
  });

  it('refuses a refinement it cannot call, and a URL of another protocol', () => {
    const anonymous = z.string().check(z.refine((s) => s.length > 2));
    expect(() => toValidatorSchema(anonymous)).toThrow(/not an export of src\/data\/refinements.ts/);
    expect(() => toValidatorSchema(z.url({ protocol: /^ftp$/ }))).toThrow(/other than http/);
  });

  it('generates an ES module with no runtime require and no eval', () => {
    const code = generateValidatorModule({ dataset: datasetSchema }, '/refinements.ts');
    expect(code.startsWith('import * as refinements from "/refinements.ts";')).toBe(true);
    expect(code).not.toMatch(/\brequire\(|new Function|\beval\(/);
    expect(code).toContain('export const dataset');
  });
});
