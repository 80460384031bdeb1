// The network on screen for Gephi (GEXF 1.3, with each official's country colour, tie weights and a
// layout) and for other tools (GraphML), and as a vector picture (SVG).
import type { ExportNetwork } from './view-network';
import { rgb, xmlText } from './xml';

export interface NetworkContext {
  title: string;
  /** A country code's colour ("#rrggbb"): a party's from the dataset. */
  colourOf: (country: string) => string;
  /** A country code in words. */
  countryOf: (country: string) => string;
}

const nodeSize = (events: number) => Math.round((4 + Math.sqrt(events) * 3) * 10) / 10;

export function gexf(net: ExportNetwork, ctx: NetworkContext, today: string): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${today}">`,
    `    <creator>${xmlText(ctx.title)}</creator>`,
    `    <description>${xmlText(`Officials who took part in the same events, ${net.nodes.length} officials and ${net.ties.length} ties`)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="country" title="Country" type="string"/>',
    '      <attribute id="native_name" title="Native name" type="string"/>',
    '      <attribute id="events" title="Events" type="integer"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="first" title="First event" type="string"/>',
    '      <attribute id="last" title="Last event" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  for (const n of net.nodes) {
    const c = rgb(ctx.colourOf(n.official.country));
    lines.push(
      `      <node id="${xmlText(n.official.id)}" label="${xmlText(n.official.name)}">`,
      '        <attvalues>',
      `          <attvalue for="country" value="${xmlText(ctx.countryOf(n.official.country))}"/>`,
      `          <attvalue for="native_name" value="${xmlText(n.official.nativeName ?? '')}"/>`,
      `          <attvalue for="events" value="${n.events}"/>`,
      '        </attvalues>',
      `        <viz:color r="${c.r}" g="${c.g}" b="${c.b}"/>`,
      `        <viz:position x="${n.x}" y="${-n.y}" z="0"/>`,
      `        <viz:size value="${nodeSize(n.events)}"/>`,
      '      </node>',
    );
  }
  lines.push('    </nodes>', '    <edges>');
  net.ties.forEach((t, i) => {
    lines.push(
      `      <edge id="${i}" source="${xmlText(t.source)}" target="${xmlText(t.target)}" weight="${t.weight}">`,
      '        <attvalues>',
      `          <attvalue for="first" value="${t.first}"/>`,
      `          <attvalue for="last" value="${t.last}"/>`,
      '        </attvalues>',
      '      </edge>',
    );
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

export function graphml(net: ExportNetwork, ctx: NetworkContext): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="country" for="node" attr.name="country" attr.type="string"/>',
    '  <key id="native_name" for="node" attr.name="native_name" attr.type="string"/>',
    '  <key id="events" for="node" attr.name="events" attr.type="int"/>',
    '  <key id="color" for="node" attr.name="color" attr.type="string"/>',
    '  <key id="x" for="node" attr.name="x" attr.type="double"/>',
    '  <key id="y" for="node" attr.name="y" attr.type="double"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="first" for="edge" attr.name="first" attr.type="string"/>',
    '  <key id="last" for="edge" attr.name="last" attr.type="string"/>',
    // A graph's id is an XML name token (no spaces): the title goes into its description.
    '  <graph id="network" edgedefault="undirected">',
    `    <desc>${xmlText(ctx.title)}</desc>`,
  ];
  for (const n of net.nodes) {
    lines.push(
      `    <node id="${xmlText(n.official.id)}">`,
      `      <data key="label">${xmlText(n.official.name)}</data>`,
      `      <data key="country">${xmlText(ctx.countryOf(n.official.country))}</data>`,
      `      <data key="native_name">${xmlText(n.official.nativeName ?? '')}</data>`,
      `      <data key="events">${n.events}</data>`,
      `      <data key="color">${xmlText(ctx.colourOf(n.official.country))}</data>`,
      `      <data key="x">${n.x}</data>`,
      `      <data key="y">${n.y}</data>`,
      '    </node>',
    );
  }
  net.ties.forEach((t, i) => {
    lines.push(
      `    <edge id="e${i}" source="${xmlText(t.source)}" target="${xmlText(t.target)}">`,
      `      <data key="weight">${t.weight}</data>`,
      `      <data key="first">${t.first}</data>`,
      `      <data key="last">${t.last}</data>`,
      '    </edge>',
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

export function networkSvg(net: ExportNetwork, ctx: NetworkContext & { background: string; foreground: string; tie: string }): string {
  const pad = 80;
  const size = 1000 + pad * 2;
  const at = (v: number) => Math.round((v + 500 + pad) * 10) / 10;
  const byId = new Map(net.nodes.map((n) => [n.official.id, n]));
  const maxWeight = Math.max(1, ...net.ties.map((t) => t.weight));
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" font-family="system-ui, sans-serif" font-size="13">`,
    `  <title>${xmlText(ctx.title)}</title>`,
    `  <rect width="100%" height="100%" fill="${xmlText(ctx.background)}"/>`,
    `  <g stroke="${xmlText(ctx.tie)}" stroke-linecap="round">`,
  ];
  for (const t of net.ties) {
    const a = byId.get(t.source)!;
    const b = byId.get(t.target)!;
    const width = Math.round((1 + (4 * t.weight) / maxWeight) * 10) / 10;
    out.push(`    <line x1="${at(a.x)}" y1="${at(a.y)}" x2="${at(b.x)}" y2="${at(b.y)}" stroke-width="${width}"><title>${xmlText(`${a.official.name} – ${b.official.name}: ${t.weight}`)}</title></line>`);
  }
  out.push('  </g>', `  <g fill="${xmlText(ctx.foreground)}">`);
  for (const n of net.nodes) {
    const r = nodeSize(n.events);
    out.push(
      `    <circle cx="${at(n.x)}" cy="${at(n.y)}" r="${r}" fill="${xmlText(ctx.colourOf(n.official.country))}"><title>${xmlText(`${n.official.name}: ${n.events}`)}</title></circle>`,
      `    <text x="${at(n.x)}" y="${Math.round((at(n.y) + r + 14) * 10) / 10}" text-anchor="middle">${xmlText(n.official.name)}</text>`,
    );
  }
  out.push('  </g>', '</svg>', '');
  return out.join('\n');
}
