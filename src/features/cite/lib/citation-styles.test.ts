import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import type { ArticleMeta, DefenceEvent, Official } from '../../../data/schema';
import { eventRecord } from '../../../lib/event-record';
import { citationFor, type Citation } from './citation';
import { apa, bibtex, bibtexEscape, chicago, citationFormats, cslJson, formatCitation, mla, ris } from './citation-styles';

const article: ArticleMeta = {
  id: 'a1',
  title: 'Vietnam, Russia hold talks & sign {plan}',
  source: 'Nhân Dân',
  publishedAt: '2024-08-14',
  url: 'https://news.example/a1?x=1&y=50%',
};
const text = 'Intro. Minister Phan Văn Giang and Андрей Белоусов held talks in Moscow on "August 13" — 100% agreed #1_~^\\. End.';
const passage = text.slice(7, text.indexOf(' End.'));
const officials: Official[] = [
  { id: 'giang', name: 'Phan Van Giang', nativeName: 'Phan Văn Giang', country: 'VN', aliases: [], roles: [] },
  { id: 'belousov', name: 'Andrey Belousov', country: 'RU', aliases: [], roles: [] },
];
const event = (over: Partial<DefenceEvent> = {}): DefenceEvent => ({
  id: 'ev-2024-08-giang-belousov',
  title: 'Talks between Phan Van Giang and Andrey Belousov',
  kind: 'talks',
  date: '2024-08-01',
  datePrecision: 'month',
  location: 'Moscow',
  officialIds: ['giang', 'belousov'],
  organizationIds: [],
  summary: 'They talked.',
  sources: [{ articleId: 'a1', evidence: [{ start: 7, end: 7 + passage.length, supports: ['what'] }] }],
  ...over,
});
const lookups = {
  officialById: new Map(officials.map((o) => [o.id, o])),
  organizationById: new Map(),
  articleById: new Map([['a1', article]]),
  partyByCode: new Map([['VN', { code: 'VN', name: 'Vietnam', adjective: 'Vietnamese', colour: '#c2261b' }]]),
};
const cite = (e: DefenceEvent = event()): Citation =>
  citationFor(
    eventRecord(lookups, e, () => text),
    { siteTitle: 'Vietnam–Russia defence ties — an explorer', permalink: `https://site.example/x/events/${e.id}/`, accessed: '2026-11-30' },
  );

describe('citations', () => {
  it('name the page, the access day, the source and the key passage in every style', () => {
    const c = cite();
    for (const format of citationFormats) {
      const { text: out } = formatCitation(format, c);
      expect(out, format).toContain('https://site.example/x/events/ev-2024-08-giang-belousov/');
      expect(out, format).toMatch(/2026|30/);
      expect(out, format).toContain('Nhân Dân');
      expect(out, format).toContain('Андрей Белоусов held talks');
    }
    expect(apa(c)).toContain('Retrieved November 30, 2026, from https://site.example/x/events/ev-2024-08-giang-belousov/');
    expect(apa(c)).toContain('(2024, August 14)');
    expect(chicago(c)).toContain('Accessed November 30, 2026.');
    expect(mla(c)).toContain('Accessed 30 Nov. 2026.');
    expect(mla(c)).toContain('14 Aug. 2024');
  });

  it('never state a day the data lacks', () => {
    const c = cite();
    expect(c.eventDate).toBe('Aug 2024, day not reported');
    for (const format of citationFormats) {
      const out = formatCitation(format, c).text;
      expect(out, format).not.toMatch(/\b1 Aug|Aug(ust)? 1\b|2024-08-01|2024\/08\/01/);
    }
    expect(JSON.parse(cslJson(c))[0]['event-date']).toEqual({ 'date-parts': [[2024, 8]] });
    const range = cite(event({ date: '2019-06-18', endDate: '2019-06-26', datePrecision: 'range' }));
    expect(JSON.parse(cslJson(range))[0]['event-date']).toEqual({ literal: '18–26 Jun 2019, day not reported' });
    const day = cite(event({ date: '2024-08-13', datePrecision: 'day' }));
    expect(JSON.parse(cslJson(day))[0]['event-date']).toEqual({ 'date-parts': [[2024, 8, 13]] });
    const undated = cite();
    undated.source = { ...undated.source!, publishedAt: null };
    expect(apa(undated)).toContain('(n.d.)');
    expect(mla(undated)).not.toMatch(/Nhân Dân, \d/);
  });

  it('BibTeX parses without errors (the parser behind Better BibTeX for Zotero) and keeps the text', () => {
    const library = parse(bibtex(cite()));
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(1);
    const entry = library.entries[0]!;
    expect(entry.type).toBe('misc');
    expect(entry.key).toBe('ev-2024-08-giang-belousov');
    expect(entry.fields.title).toBe('Talks between Phan Van Giang and Andrey Belousov, Aug 2024, day not reported');
    expect(entry.fields.url).toBe('https://site.example/x/events/ev-2024-08-giang-belousov/');
    expect(entry.fields.urldate).toBe('2026-11-30');
    expect(entry.fields.note).toContain('100% agreed #1_~^\\');
    expect(entry.fields.note).toContain('Vietnam, Russia hold talks & sign {plan}');
  });

  it('escapes what LaTeX would read as commands', () => {
    expect(bibtexEscape('a & b % c $ d # e _ f { g } h ~ i ^ j \\ k')).toBe(
      'a \\& b \\% c \\$ d \\# e \\_ f \\{ g \\} h \\textasciitilde{} i \\textasciicircum{} j \\textbackslash{} k',
    );
  });

  it('RIS has one tagged line per value, CRLF ends and an end record', () => {
    const out = ris(cite());
    const lines = out.split('\r\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines).toContain('Y2  - 2026/11/30');
    expect(lines).toContain('KW  - Phan Van Giang');
    expect(lines.at(-2)).toBe('ER  - ');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  it('CSL-JSON is a list of one webpage item', () => {
    const [item] = JSON.parse(cslJson(cite()));
    expect(item).toMatchObject({ id: 'ev-2024-08-giang-belousov', type: 'webpage', URL: 'https://site.example/x/events/ev-2024-08-giang-belousov/', accessed: { 'date-parts': [[2026, 11, 30]] }, 'event-place': 'Moscow' });
  });
});
