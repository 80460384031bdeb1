// The network files against what their formats require. No published schema can be committed here
// (the GEXF and GraphML XSDs are third-party text, and no package ships them), so these checks are
// our own reading of the GEXF 1.3 and GraphML 1.0 structure: namespaces and version, element order,
// the enumerated values, every value declared with a type and of that type, viz colours as bytes,
// positive edge weights, unique ids, edges between known nodes. Each check is shown to catch a
// broken file, so that a passing run means something.
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { gexf, graphml } from './network-files';
import type { ExportNetwork } from './view-network';

const GEXF = 'http://gexf.net/1.3';
const VIZ = 'http://gexf.net/1.3/viz';
const GRAPHML = 'http://graphml.graphdrawing.org/xmlns';

const children = (el: Element) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);
const all = (el: Element, ns: string, name: string) => Array.from(el.getElementsByTagNameNS(ns, name));
const isInt = (v: string) => /^[+-]?\d+$/.test(v);
const isNumber = (v: string) => /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v);
const isNameToken = (v: string) => /^[\p{L}\p{N}._:-]+$/u.test(v);
const typeChecks: Record<string, (v: string) => boolean> = {
  integer: isInt,
  long: isInt,
  int: isInt,
  float: isNumber,
  double: isNumber,
  boolean: (v) => v === 'true' || v === 'false',
  string: () => true,
  liststring: () => true,
  anyURI: () => true,
};

/** A file that is not well-formed XML throws: nothing else about it can be checked. */
function parse(xml: string): { root: Element; problems: string[] } {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml');
  return { root: doc.documentElement!, problems };
}

/** What a GEXF 1.3 file breaks of the format, in words; empty when it is well-formed. */
function gexfProblems(xml: string): string[] {
  const { root, problems } = parse(xml);
  const fail = (message: string) => problems.push(message);
  if (root.namespaceURI !== GEXF || root.localName !== 'gexf') return [...problems, 'the root is not <gexf> in the 1.3 namespace'];
  if (root.getAttribute('version') !== '1.3') fail('version is not 1.3');
  const top = children(root).map((c) => c.localName ?? '');
  if (top.join() !== 'meta,graph' && top.join() !== 'graph') fail(`<gexf> holds ${top.join()}, not an optional <meta> then one <graph>`);
  const meta = children(root).find((c) => c.localName === 'meta');
  const modified = meta?.getAttribute('lastmodifieddate');
  if (modified && !/^\d{4}-\d{2}-\d{2}$/.test(modified)) fail(`lastmodifieddate ${modified} is not a date`);
  const graph = children(root).find((c) => c.localName === 'graph');
  if (!graph) return [...problems, 'no <graph>'];
  if (!['directed', 'undirected', 'mutual'].includes(graph.getAttribute('defaultedgetype') ?? 'undirected')) fail('defaultedgetype is not directed, undirected or mutual');
  if (!['static', 'dynamic'].includes(graph.getAttribute('mode') ?? 'static')) fail('mode is not static or dynamic');
  const order = children(graph).map((c) => c.localName ?? '');
  const rank = (n: string) => ['attributes', 'nodes', 'edges'].indexOf(n);
  if (order.some((n) => rank(n) < 0) || order.some((n, i) => i > 0 && rank(n) < rank(order[i - 1]!))) fail(`<graph> holds ${order.join()}, not attributes, nodes, edges in order`);

  const declared = new Map<string, Map<string, string>>([['node', new Map()], ['edge', new Map()]]);
  for (const block of all(graph, GEXF, 'attributes')) {
    const cls = block.getAttribute('class') ?? '';
    if (!declared.has(cls)) fail(`attributes of class "${cls}"`);
    for (const a of all(block, GEXF, 'attribute')) {
      const [id, type] = [a.getAttribute('id') ?? '', a.getAttribute('type') ?? ''];
      if (!id || !a.getAttribute('title')) fail('an attribute without id or title');
      const known = type in typeChecks;
      if (!known) fail(`attribute ${id} has type "${type}"`);
      declared.get(cls)?.set(id, known ? type : 'string');
    }
  }
  const checkValues = (el: Element, cls: 'node' | 'edge') => {
    for (const v of all(el, GEXF, 'attvalue')) {
      const [key, value] = [v.getAttribute('for') ?? '', v.getAttribute('value')];
      const type = declared.get(cls)!.get(key);
      if (type === undefined) fail(`${cls} ${el.getAttribute('id')}: value for undeclared attribute "${key}"`);
      else if (value === null || !typeChecks[type]!(value)) fail(`${cls} ${el.getAttribute('id')}: "${value}" is not a ${type}`);
    }
  };
  const nodeIds = new Set<string>();
  for (const node of all(graph, GEXF, 'node')) {
    const id = node.getAttribute('id');
    if (!id) fail('a node without id');
    else if (nodeIds.has(id)) fail(`node id ${id} twice`);
    else nodeIds.add(id);
    checkValues(node, 'node');
    for (const c of all(node, VIZ, 'color')) {
      for (const k of ['r', 'g', 'b']) {
        const v = c.getAttribute(k) ?? '';
        if (!isInt(v) || Number(v) < 0 || Number(v) > 255) fail(`node ${id}: viz colour ${k}="${v}" is not 0–255`);
      }
      const a = c.getAttribute('a');
      if (a !== null && (!isNumber(a) || Number(a) < 0 || Number(a) > 1)) fail(`node ${id}: viz alpha ${a}`);
    }
    for (const p of all(node, VIZ, 'position')) for (const k of ['x', 'y']) if (!isNumber(p.getAttribute(k) ?? '')) fail(`node ${id}: position ${k}`);
    for (const s of all(node, VIZ, 'size')) if (!isNumber(s.getAttribute('value') ?? '') || Number(s.getAttribute('value')) < 0) fail(`node ${id}: size`);
  }
  const edgeIds = new Set<string>();
  for (const edge of all(graph, GEXF, 'edge')) {
    const id = edge.getAttribute('id') ?? '';
    if (edgeIds.has(id)) fail(`edge id ${id} twice`);
    edgeIds.add(id);
    for (const end of ['source', 'target']) if (!nodeIds.has(edge.getAttribute(end) ?? '')) fail(`edge ${id}: ${end} is not a node`);
    const weight = edge.getAttribute('weight');
    if (weight !== null && (!isNumber(weight) || Number(weight) <= 0)) fail(`edge ${id}: weight "${weight}" is not a positive number`);
    checkValues(edge, 'edge');
  }
  return problems;
}

/** The same for GraphML 1.0. */
function graphmlProblems(xml: string): string[] {
  const { root, problems } = parse(xml);
  const fail = (message: string) => problems.push(message);
  if (root.namespaceURI !== GRAPHML || root.localName !== 'graphml') return [...problems, 'the root is not <graphml> in its namespace'];
  const order = children(root).map((c) => c.localName ?? '');
  const rank = (n: string) => ['desc', 'key', 'graph'].indexOf(n);
  if (order.some((n) => rank(n) < 0) || order.some((n, i) => i > 0 && rank(n) < rank(order[i - 1]!))) fail(`<graphml> holds ${order.join()}, not desc, keys, graphs in order`);
  const keys = new Map<string, { for: string; type: string }>();
  for (const key of all(root, GRAPHML, 'key')) {
    const id = key.getAttribute('id') ?? '';
    const k = { for: key.getAttribute('for') ?? 'all', type: key.getAttribute('attr.type') ?? 'string' };
    if (!isNameToken(id) || keys.has(id)) fail(`key id "${id}" missing, twice or not a name token`);
    if (!['all', 'graphml', 'graph', 'node', 'edge', 'hyperedge', 'port', 'endpoint'].includes(k.for)) fail(`key ${id} for "${k.for}"`);
    if (!['boolean', 'int', 'long', 'float', 'double', 'string'].includes(k.type)) {
      fail(`key ${id} of attr.type "${k.type}"`);
      k.type = 'string';
    }
    keys.set(id, k);
  }
  const checkData = (el: Element, kind: string) => {
    for (const d of children(el).filter((c) => c.localName === 'data')) {
      const key = keys.get(d.getAttribute('key') ?? '');
      if (!key || (key.for !== kind && key.for !== 'all')) fail(`${kind} ${el.getAttribute('id')}: data for undeclared key "${d.getAttribute('key')}"`);
      else if (!typeChecks[key.type]!(d.textContent ?? '')) fail(`${kind} ${el.getAttribute('id')}: "${d.textContent}" is not a ${key.type}`);
    }
  };
  const nodeIds = new Set<string>();
  for (const graph of all(root, GRAPHML, 'graph')) {
    const id = graph.getAttribute('id');
    if (id !== null && !isNameToken(id)) fail(`graph id "${id}" is not a name token`);
    if (!['directed', 'undirected'].includes(graph.getAttribute('edgedefault') ?? '')) fail('edgedefault is not directed or undirected');
    const inner = children(graph).map((c) => c.localName ?? '');
    if (inner.some((n, i) => n === 'desc' && i > 0) || inner.some((n) => !['desc', 'data', 'node', 'edge'].includes(n))) fail(`<graph> holds ${inner.join()}`);
    checkData(graph, 'graph');
    for (const node of children(graph).filter((c) => c.localName === 'node')) {
      const nid = node.getAttribute('id') ?? '';
      if (!isNameToken(nid) || nodeIds.has(nid)) fail(`node id "${nid}" missing, twice or not a name token`);
      nodeIds.add(nid);
      checkData(node, 'node');
    }
    for (const edge of children(graph).filter((c) => c.localName === 'edge')) {
      for (const end of ['source', 'target']) if (!nodeIds.has(edge.getAttribute(end) ?? '')) fail(`edge ${edge.getAttribute('id')}: ${end} is not a node`);
      checkData(edge, 'edge');
    }
  }
  return problems;
}

const official = (id: string, name: string, country: string, nativeName?: string) => ({ id, name, country, nativeName, aliases: [], roles: [] });
const net: ExportNetwork = {
  nodes: [
    { official: official('giang', 'Phan Van Giang', 'VN', 'Phan Văn Giang'), events: 2, x: 10.5, y: -3 },
    { official: official('shoigu', 'Sergei Shoigu & <co>', 'RU', 'Сергей Шойгу'), events: 3, x: -20, y: 7.25 },
    { official: official('x.1', '="cmd"', 'JP'), events: 1, x: 0, y: 0 },
  ],
  ties: [
    { source: 'giang', target: 'shoigu', weight: 2, first: '2019-03-01', last: '2024-08-13' },
    { source: 'shoigu', target: 'x.1', weight: 1, first: '2020-01-01', last: '2020-01-01' },
  ],
} as unknown as ExportNetwork;
const ctx = { title: 'Ties & co — an explorer', colourOf: (c: string) => ({ VN: '#c2261b', RU: '#1f5fbf' })[c] ?? '#6b6f76', countryOf: (c: string) => c };

describe('GEXF 1.3 structure', () => {
  const file = gexf(net, ctx, '2026-11-30');

  it('our file has none of the problems the format forbids', () => {
    expect(gexfProblems(file)).toEqual([]);
  });

  it('the check catches each kind of break', () => {
    const broken = (from: string, to: string) => gexfProblems(file.replace(from, to));
    expect(broken('xmlns="http://gexf.net/1.3"', 'xmlns="http://gexf.net/1.2draft"')).toEqual(['the root is not <gexf> in the 1.3 namespace']);
    expect(broken('version="1.3"', 'version="1.2"')).toEqual(['version is not 1.3']);
    expect(broken('mode="static"', 'mode="still"')).toEqual(['mode is not static or dynamic']);
    expect(broken('for="events" value="2"', 'for="events" value="two"')).toEqual(['node giang: "two" is not a integer']);
    expect(broken('for="country"', 'for="nation"')[0]).toMatch(/undeclared attribute "nation"/);
    expect(broken('r="194"', 'r="300"')).toEqual(['node giang: viz colour r="300" is not 0–255']);
    expect(broken('weight="2"', 'weight="0"')).toEqual(['edge 0: weight "0" is not a positive number']);
    expect(broken('target="x.1"', 'target="nobody"')).toEqual(['edge 1: target is not a node']);
    expect(broken('type="integer"', 'type="number"')).toEqual(['attribute events has type "number"']);
    expect(gexfProblems(file.replace('</nodes>', '</nodes><attributes class="node"/>'))[0]).toMatch(/not attributes, nodes, edges in order/);
    expect(() => gexfProblems(file.replace('</graph>', ''))).toThrow(/tag mismatch/);
  });
});

describe('GraphML 1.0 structure', () => {
  const file = graphml(net, ctx);

  it('our file has none of the problems the format forbids (a title with spaces goes into <desc>, not the id)', () => {
    expect(graphmlProblems(file)).toEqual([]);
    expect(file).toContain('<desc>Ties &amp; co — an explorer</desc>');
  });

  it('the check catches each kind of break', () => {
    const broken = (from: string, to: string) => graphmlProblems(file.replace(from, to));
    expect(broken('id="network"', 'id="Ties and co"')).toEqual(['graph id "Ties and co" is not a name token']);
    expect(broken('edgedefault="undirected"', 'edgedefault="both"')).toEqual(['edgedefault is not directed or undirected']);
    expect(broken('attr.type="int"', 'attr.type="integer"')).toEqual(['key events of attr.type "integer"']);
    expect(broken('<data key="events">2</data>', '<data key="events">2.5</data>')).toEqual(['node giang: "2.5" is not a int']);
    expect(broken('<data key="weight">2</data>', '<data key="heft">2</data>')).toEqual(['edge e0: data for undeclared key "heft"']);
    expect(broken('source="giang"', 'source="nobody"')).toEqual(['edge e0: source is not a node']);
  });
});
