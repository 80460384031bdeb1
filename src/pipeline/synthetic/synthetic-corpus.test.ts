import { describe, expect, it } from 'vitest';
import { articleFile, dataset as datasetSchema } from '../../data/schema';
import { defaultOfficialCount, generateSyntheticCorpus } from './synthetic-corpus';
import { parseSyntheticArgs, seedCorpusDefaults } from './synthetic-cli';
import { parseParties, SYNTHETIC_COLOURS } from './synthetic-parties';
import { contrastRatio, MIN_PARTY_CONTRAST, themeBackgrounds } from '../party-colours';

const parties = parseParties('AV:Avaria:Avarian,BO:Borduria:Bordurian');
const span = { from: '2018-01-01', to: '2024-12-31' };
const small = generateSyntheticCorpus({ events: 600, seed: 42, parties, span });
const large = generateSyntheticCorpus({ events: 5000, officials: 200, seed: 3, parties, span });

describe('generateSyntheticCorpus', () => {
  it('is valid under the app schema', () => {
    expect(datasetSchema.safeParse(small.dataset).success).toBe(true);
    for (const a of small.articles) expect(articleFile.safeParse(a).success).toBe(true);
  });

  it('is deterministic for a seed and different for another seed', () => {
    const again = generateSyntheticCorpus({ events: 600, seed: 42, parties, span });
    expect(JSON.stringify(again)).toBe(JSON.stringify(small));
    const other = generateSyntheticCorpus({ events: 600, seed: 43, parties, span });
    expect(JSON.stringify(other.dataset.events)).not.toBe(JSON.stringify(small.dataset.events));
  });

  it('has the requested counts', () => {
    expect(small.dataset.events).toHaveLength(600);
    expect(small.dataset.officials).toHaveLength(defaultOfficialCount(600));
    expect(large.dataset.officials).toHaveLength(200);
    expect(new Set(small.dataset.events.map((e) => e.id)).size).toBe(600);
    // About one article per three events, one file per article.
    expect(small.articles.length).toBeGreaterThan(600 / 4.5);
    expect(small.articles.length).toBeLessThan(600 / 2.5);
    expect(small.dataset.articles.map((a) => a.id).sort()).toEqual(small.articles.map((a) => a.id).sort());
    for (const e of large.dataset.events) {
      expect(e.officialIds.length).toBeGreaterThanOrEqual(2);
      expect(e.officialIds.length).toBeLessThanOrEqual(6);
      expect(new Set(e.officialIds).size).toBe(e.officialIds.length);
    }
  });

  it('defaults to one official per 25 events, within 12..2000', () => {
    expect(defaultOfficialCount(100)).toBe(12);
    expect(defaultOfficialCount(10_000)).toBe(400);
    expect(defaultOfficialCount(1_000_000)).toBe(2000);
  });

  it('puts evidence on the sentences that report each event, naming all its participants', () => {
    const texts = new Map(small.articles.map((a) => [a.id, a]));
    for (const e of small.dataset.events) {
      for (const source of e.sources) {
        const article = texts.get(source.articleId);
        expect(article).toBeDefined();
        if (!article) continue;
        for (const { start, end } of source.evidence) {
          const sentence = article.text.slice(start, end);
          expect(sentence.endsWith('.')).toBe(true);
          expect(start === 0 || /[\s]/.test(article.text.charAt(start - 1))).toBe(true);
        }
        const first = source.evidence[0] as { start: number; end: number };
        const named = new Set(
          article.mentions.filter((m) => m.start >= first.start && m.end <= first.end).map((m) => m.officialId),
        );
        for (const officialId of e.officialIds) expect(named.has(officialId)).toBe(true);
      }
    }
  });

  it('records mentions and roles at the real offsets of names and titles', () => {
    const officials = new Map(small.dataset.officials.map((o) => [o.id, o]));
    const organizations = new Map(small.dataset.organizations.map((o) => [o.id, o]));
    let organizationMentions = 0;
    for (const a of small.articles) {
      for (const m of a.mentions) {
        const written = a.text.slice(m.start, m.end);
        const named = m.officialId ? officials.get(m.officialId) : organizations.get(m.organizationId as string);
        expect(named).toBeDefined();
        expect([named?.name, ...(named?.aliases ?? [])]).toContain(written);
        if (m.organizationId) organizationMentions++;
      }
    }
    expect(organizationMentions).toBeGreaterThan(0);
    const articles = new Map(small.articles.map((a) => [a.id, a]));
    for (const o of small.dataset.officials) {
      for (const r of o.roles) expect(articles.get(r.articleId)?.text.slice(r.start, r.end)).toBe(r.title);
    }
  });

  it('writes articles of realistic length', () => {
    const words = small.articles.map((a) => a.text.split(/\s+/).length).sort((x, y) => x - y);
    expect(words[0]).toBeGreaterThanOrEqual(300);
    const median = words[Math.floor(words.length / 2)] as number;
    expect(median).toBeGreaterThan(400);
    expect(median).toBeLessThan(900);
  });

  it('skews participation: a few officials take part in many events', () => {
    const counts = new Map<string, number>();
    for (const e of large.dataset.events) for (const id of e.officialIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    const sorted = [...counts.values()].sort((x, y) => y - x);
    const median = sorted[Math.floor(sorted.length / 2)] as number;
    expect(sorted[0]).toBeGreaterThan(10 * median);
  });

  it('has two parties in most events, and some coarse or ranged dates', () => {
    const country = new Map(large.dataset.officials.map((o) => [o.id, o.country]));
    const both = large.dataset.events.filter((e) => new Set(e.officialIds.map((id) => country.get(id))).size === 2);
    expect(both.length / large.dataset.events.length).toBeGreaterThan(0.85);
    const precisions = new Set(large.dataset.events.map((e) => e.datePrecision));
    expect([...precisions].sort()).toEqual(['day', 'month', 'range', 'year']);
    for (const e of large.dataset.events) {
      expect(e.date >= '2018-01-01' && e.date <= '2024-12-31').toBe(true);
      if (e.endDate) expect(e.endDate > e.date).toBe(true);
    }
  });

  it('describes itself with the parties and span it was given, and names no other country', () => {
    expect(small.dataset.corpus.parties.map((p) => [p.code, p.name, p.adjective])).toEqual([
      ['AV', 'Avaria', 'Avarian'],
      ['BO', 'Borduria', 'Bordurian'],
    ]);
    expect(small.dataset.corpus.span).toEqual(span);
    expect(new Set(small.dataset.officials.map((o) => o.country))).toEqual(new Set(['AV', 'BO']));
    const text = JSON.stringify(small);
    expect(text).not.toMatch(/Vietnam|Russia/);
    expect(text).toMatch(/Avarian/);
  });

  it('keeps three parties and another span', () => {
    const three = generateSyntheticCorpus({
      events: 300,
      seed: 5,
      parties: parseParties('AA:Aland:Alandic,BB:Beland:Belandic,CC:Celand:Celandic'),
      span: { from: '1995-03-01', to: '2001-06-30' },
    });
    expect(datasetSchema.safeParse(three.dataset).success).toBe(true);
    expect(new Set(three.dataset.officials.map((o) => o.country))).toEqual(new Set(['AA', 'BB', 'CC']));
    for (const e of three.dataset.events) expect(e.date >= '1995-03-01' && (e.endDate ?? e.date) <= '2001-06-30').toBe(true);
  });

  it('clusters dates in bursts', () => {
    const perDay = new Map<string, number>();
    for (const e of large.dataset.events) perDay.set(e.date, (perDay.get(e.date) ?? 0) + 1);
    const counts = [...perDay.values()].sort((x, y) => y - x);
    // The busiest 10% of the span's 2,557 days hold far more than the ~20% a uniform spread gives.
    const busiest = counts.slice(0, 256).reduce((s, n) => s + n, 0);
    expect(busiest / large.dataset.events.length).toBeGreaterThan(0.4);
  });
});

describe('parseSyntheticArgs', () => {
  it('reads the flags with defaults for officials, seed, parties and span', () => {
    const o = parseSyntheticArgs(['--events', '10000', '--out', 'x']);
    expect(o.events).toBe(10_000);
    expect(o.officials).toBe(400);
    expect(o.seed).toBe(1);
    expect(o.out.endsWith('x')).toBe(true);
    expect(o.parties).toEqual(seedCorpusDefaults().parties);
    expect(o.span).toEqual(seedCorpusDefaults().span);
  });

  it('reads --parties CODE:Name:Adjective,... and --from/--to', () => {
    const o = parseSyntheticArgs(['--events', '10', '--out', 'x', '--parties', 'XA:Avaria:Avarian, XB:Borduria:Bordurian', '--from', '1995-01-01', '--to', '2001-12-31']);
    expect(o.parties).toEqual([
      { code: 'XA', name: 'Avaria', adjective: 'Avarian', colour: SYNTHETIC_COLOURS[0] },
      { code: 'XB', name: 'Borduria', adjective: 'Bordurian', colour: SYNTHETIC_COLOURS[1] },
    ]);
    expect(o.span).toEqual({ from: '1995-01-01', to: '2001-12-31' });
    expect(() => parseSyntheticArgs(['--events', '10', '--out', 'x', '--parties', 'XA:Avaria'])).toThrow(/CODE:Name:Adjective/);
    expect(() => parseSyntheticArgs(['--events', '10', '--out', 'x', '--parties', 'XA:Avaria:Avarian'])).toThrow(/two or more/);
    expect(() => parseSyntheticArgs(['--events', '10', '--out', 'x', '--parties', 'XA:A:B,XA:C:D'])).toThrow(/twice/);
    expect(() => parseSyntheticArgs(['--events', '10', '--out', 'x', '--from', '2001-02-30'])).toThrow(/--from/);
    expect(() => parseSyntheticArgs(['--events', '10', '--out', 'x', '--from', '2002-01-01', '--to', '2001-01-01'])).toThrow(/after/);
  });

  it('gives parties colours that pass the build\'s contrast check on both themes', async () => {
    const { readFile } = await import('node:fs/promises');
    const backgrounds = themeBackgrounds(await readFile(new URL('../../app/theme.css', import.meta.url), 'utf8'));
    for (const colour of SYNTHETIC_COLOURS) for (const bg of backgrounds) expect(contrastRatio(colour, bg.colour)).toBeGreaterThanOrEqual(MIN_PARTY_CONTRAST);
  });

  it('refuses bad input with the usage', () => {
    expect(() => parseSyntheticArgs(['--events', '0', '--out', 'x'])).toThrow(/--events/);
    expect(() => parseSyntheticArgs(['--events', '10'])).toThrow(/--out/);
    expect(() => parseSyntheticArgs(['--events', '10', '--out', 'x', '--officials', '1.5'])).toThrow(/--officials/);
    expect(() => parseSyntheticArgs(['--bogus'])).toThrow();
  });
});
