import { DOMParser } from '@xmldom/xmldom';
import { csvParse } from 'd3-dsv';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { NO_FILTER, type EventFilter } from '../../../data/event-filter';
import type { Dataset, DefenceEvent } from '../../../data/schema';
import { SCHEMA_VERSION } from '../../../data/schema-constants';
import { eventRecord } from '../../../lib/event-record';
import { CSV_COLUMNS, eventsCsv, guardCell } from './events-csv';
import { eventsJson } from './events-json';
import { gexf, graphml, networkSvg } from './network-files';
import { eventsInView, exportFileName, type ExportView } from './view-events';
import { networkInView } from './view-network';

const ev = (id: string, date: string, officialIds: string[], over: Partial<DefenceEvent> = {}): DefenceEvent => ({
  id,
  title: `Event ${id}`,
  kind: 'talks',
  date,
  datePrecision: 'day',
  location: 'Hà Nội',
  officialIds,
  organizationIds: [],
  summary: 'Summary.',
  sources: [{ articleId: 'a1', evidence: [{ start: 0, end: 4, supports: ['what'] }] }],
  ...over,
});

const dataset: Dataset = {
  schemaVersion: SCHEMA_VERSION,
  corpus: {
    title: 'Ties',
    description: 'Test corpus.',
    parties: [
      { code: 'VN', name: 'Vietnam', adjective: 'Vietnamese', colour: '#c2261b' },
      { code: 'RU', name: 'Russia', adjective: 'Russian', colour: '#1f5fbf' },
    ],
    span: { from: '2018-01-01', to: '2024-12-31' },
  },
  articles: [{ id: 'a1', title: 'Bộ trưởng "talks"', source: 'Báo Nhân Dân', publishedAt: null, url: 'https://news.example/a1' }],
  officials: [
    { id: 'giang', name: 'Phan Van Giang', nativeName: 'Phan Văn Giang', country: 'VN', aliases: [], roles: [] },
    { id: 'shoigu', name: 'Sergei Shoigu', nativeName: 'Сергей Шойгу', country: 'RU', aliases: [], roles: [] },
    { id: 'vinh', name: '=HYPERLINK("x")', country: 'JP', aliases: [], roles: [] },
  ],
  organizations: [],
  events: [
    ev('e1', '2019-03-01', ['giang', 'shoigu'], { kind: 'visit' }),
    ev('e2', '2019-08-01', ['giang', 'shoigu', 'vinh'], { datePrecision: 'month', title: '+cmd|calc', summary: '-1+1', location: 'Moskva' }),
    ev('e3', '2021-05-05', ['vinh']),
  ],
};
const index = buildDatasetIndex(dataset);
const view2019: ExportView = { filter: NO_FILTER, query: '', window: { from: Date.UTC(2019, 0, 1), to: Date.UTC(2019, 11, 31) } };
const withFilter = (over: Partial<EventFilter>, query = ''): ExportView => ({ ...view2019, query, filter: { ...NO_FILTER, ...over } });
const permalink = (id: string) => `https://site.example/events/${id}/`;

describe('eventsInView', () => {
  it('keeps the events that pass the filter and overlap the window', () => {
    expect(eventsInView(index, view2019).map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(eventsInView(index, withFilter({ officialIds: ['vinh'] })).map((e) => e.id)).toEqual(['e2']);
    // A month-precise event overlaps a window that starts inside its month.
    expect(eventsInView(index, { ...view2019, window: { from: Date.UTC(2019, 7, 20), to: Date.UTC(2019, 8, 30) } }).map((e) => e.id)).toEqual(['e2']);
  });

  it('follows the search and the facets, as the timeline does', () => {
    expect(eventsInView(index, withFilter({ searchIds: new Set(['e2', 'e3']) }, 'frigate')).map((e) => e.id)).toEqual(['e2']);
    expect(eventsInView(index, withFilter({ kinds: ['visit'] })).map((e) => e.id)).toEqual(['e1']);
    expect(eventsInView(index, withFilter({ places: ['Moskva'] })).map((e) => e.id)).toEqual(['e2']);
    expect(eventsInView(index, withFilter({ officialIds: ['giang', 'vinh'], matchAll: true })).map((e) => e.id)).toEqual(['e2']);
    expect(eventsInView(index, withFilter({ officialIds: ['giang', 'vinh'] })).map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(eventsInView(index, withFilter({ kinds: ['visit'], searchIds: new Set(['e2']) }, 'x'))).toEqual([]);
  });

  it('names the file after the view: window, search, officials, facets; short and safe on any file system', () => {
    expect(exportFileName('events', view2019, 'csv')).toBe('events-2019-01-01_2019-12-31.csv');
    expect(exportFileName('network', withFilter({ officialIds: ['a', 'b', 'c', 'd', 'e'] }), 'gexf')).toBe('network-2019-01-01_2019-12-31-officials-a+b+3-more.gexf');
    const everything = withFilter(
      { searchIds: new Set(['e1']), officialIds: ['giang', 'vinh'], matchAll: true, kinds: ['visit'], organizationIds: ['mod'], places: ['Hà Nội', 'Moskva', 'Sochi'] },
      'Tàu khu trục / "frigate"?',
    );
    const name = exportFileName('events', everything, 'csv');
    expect(name).toBe('events-2019-01-01_2019-12-31-q-tau-khu-truc-frigate-together-giang+vinh-kinds-visit-orgs-mod-places-ha-noi+moskva+1-more.csv');
    expect(name).not.toMatch(/[\\/:*?"<>|\s]/);
    // A query still waiting for the search's answer restricts nothing, so the name does not claim it.
    expect(exportFileName('events', { ...view2019, query: 'frigate' }, 'csv')).toBe('events-2019-01-01_2019-12-31.csv');
    expect(exportFileName('events', withFilter({ searchIds: new Set() }, 'Фрегат'), 'csv')).toBe('events-2019-01-01_2019-12-31-q-фрегат.csv');
  });
});

describe('events CSV', () => {
  const records = eventsInView(index, view2019).map((e) => eventRecord(index, e, () => undefined));
  const csv = eventsCsv(records, permalink);

  it('is UTF-8 with a BOM and CRLF line ends, one row per event in view', () => {
    expect(csv.startsWith('\uFEFFid,title,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = csvParse(csv.slice(1).replaceAll('\r\n', '\n'));
    expect(rows.columns).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.id)).toEqual(['e1', 'e2']);
    expect(rows[0]).toMatchObject({ date: '1 Mar 2019', date_first: '2019-03-01', date_last: '2019-03-01', date_precision: 'day', place: 'Hà Nội' });
    expect(rows[1]).toMatchObject({ date: 'Aug 2019, day not reported', date_first: '2019-08-01', date_last: '2019-08-31', date_precision: 'month' });
    expect(rows[0]!.participants).toBe('Phan Van Giang; Sergei Shoigu');
    expect(rows[0]!.sources).toBe('Báo Nhân Dân, “Bộ trưởng "talks"”, date not reported');
    expect(rows[0]!.source_urls).toBe('https://news.example/a1');
    expect(rows[0]!.permalink).toBe('https://site.example/events/e1/');
  });

  it('guards every cell a spreadsheet would run as a formula', () => {
    for (const bad of ['=1+1', '+cmd', '-1', '@SUM(A1)', '\tx', '\rx']) expect(guardCell(bad)).toBe(`'${bad}`);
    for (const ok of ['Hà Nội', '1-2', 'a=b', '']) expect(guardCell(ok)).toBe(ok);
    const rows = csvParse(csv.slice(1).replaceAll('\r\n', '\n'));
    expect(rows[1]!.title).toBe("'+cmd|calc");
    expect(rows[1]!.summary).toBe("'-1+1");
    expect(rows[1]!.participants).toBe('Phan Van Giang; Sergei Shoigu; =HYPERLINK("x")');
  });
});

describe('events JSON', () => {
  it('carries each event with its printed date, bounds and permalink, and the view', () => {
    const records = eventsInView(index, view2019).map((e) => eventRecord(index, e, () => undefined));
    const doc = JSON.parse(eventsJson(records, view2019, permalink));
    expect(doc.view).toEqual({ from: '2019-01-01', to: '2019-12-31', query: null, officials: [], match: 'any', kinds: [], organizations: [], places: [] });
    const searched = JSON.parse(eventsJson([], withFilter({ searchIds: new Set(), kinds: ['visit'] }, 'frigate'), permalink));
    expect(searched.view).toMatchObject({ query: 'frigate', kinds: ['visit'] });
    expect(doc.events[1]).toMatchObject({ id: 'e2', dateText: 'Aug 2019, day not reported', dateFirst: '2019-08-01', dateLast: '2019-08-31', permalink: permalink('e2') });
  });
});

const ctx = {
  title: 'Ties & co',
  colourOf: (c: string) => index.partyByCode.get(c)?.colour ?? '#6b6f76',
  countryOf: (c: string) => index.partyByCode.get(c)?.name ?? c,
};

describe('network exports', () => {
  const net = networkInView(eventsInView(index, view2019), index.officialById);

  it('weights each tie by the events the two share on screen', () => {
    expect(net.ties.map((t) => [t.source, t.target, t.weight])).toEqual([
      ['giang', 'shoigu', 2],
      ['giang', 'vinh', 1],
      ['shoigu', 'vinh', 1],
    ]);
    expect(net.nodes.map((n) => [n.official.id, n.events])).toEqual([
      ['giang', 2],
      ['shoigu', 2],
      ['vinh', 1],
    ]);
    expect(networkInView(eventsInView(index, view2019), index.officialById)).toEqual(net);
  });

  it("places each official where the app's network draws them, when the dataset ships their positions", () => {
    const shipped = { giang: [100, 40], shoigu: [300, 40], vinh: [200, 240], 'org:army': [0, 0] } as const;
    const placed = networkInView(eventsInView(index, view2019), index.officialById, shipped);
    const at = Object.fromEntries(placed.nodes.map((n) => [n.official.id, [n.x, n.y]]));
    // The same picture, centred on the nodes exported and scaled into the export's box.
    expect(at).toEqual({ giang: [-360, -240], shoigu: [360, -240], vinh: [0, 480] });
    expect(placed.ties).toEqual(net.ties);
    // One official without a shipped position: the whole picture is laid out for the file instead.
    expect(networkInView(eventsInView(index, view2019), index.officialById, { giang: [0, 0], shoigu: [1, 1] })).toEqual(net);
  });

  it('GEXF opens in Gephi Lite’s parser with colours, weights and positions', () => {
    const xml = gexf(net, ctx, '2026-11-30');
    const graph = parseGexf(Graph, xml);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttributes('giang')).toMatchObject({ label: 'Phan Van Giang', color: 'rgb(194,38,27)', native_name: 'Phan Văn Giang', events: 2 });
    expect(graph.getNodeAttributes('shoigu').color).toBe('rgb(31,95,191)');
    // A third country's official: not a party, the neutral colour.
    expect(graph.getNodeAttributes('vinh')).toMatchObject({ color: 'rgb(107,111,118)', country: 'JP' });
    expect(graph.getEdgeAttributes(graph.edge('giang', 'shoigu')!).weight).toBe(2);
    expect(typeof graph.getNodeAttribute('vinh', 'x')).toBe('number');
  });

  it('GraphML and SVG are well-formed XML with the same nodes and ties', () => {
    const gml = new DOMParser().parseFromString(graphml(net, ctx), 'text/xml');
    expect(gml.getElementsByTagName('node')).toHaveLength(3);
    expect(gml.getElementsByTagName('edge')).toHaveLength(3);
    const svg = new DOMParser().parseFromString(networkSvg(net, { ...ctx, background: '#fff', foreground: '#111', tie: '#999' }), 'image/svg+xml');
    expect(svg.getElementsByTagName('circle')).toHaveLength(3);
    expect(svg.getElementsByTagName('line')).toHaveLength(3);
    expect(svg.getElementsByTagName('text')[2]!.textContent).toBe('=HYPERLINK("x")');
  });
});
