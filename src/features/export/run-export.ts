// What each item of the Export menu makes, from the loaded dataset and what is on screen. A chunk
// of its own (CSV writer, force layout, formatters), loaded when an item is first chosen.
import type { DatasetIndex } from '../../data/dataset-index';
import { msToDay } from '../../lib/dates';
import { eventRecord } from '../../lib/event-record';
import { saveFile } from '../../lib/save-file';
import { countryName } from '../../data/countries';
import { corpusPageTitle } from '../../lib/page-title';
import { appRootUrl, eventPageUrl } from '../../state/url-state';
import { eventsCsv } from './lib/events-csv';
import { eventsJson } from './lib/events-json';
import { gexf, graphml, networkSvg, type NetworkContext } from './lib/network-files';
import { eventsInView, exportFileName, type ExportView } from './lib/view-events';
import { networkInView, type ShippedPositions } from './lib/view-network';
import type { ExportKind } from './export-kinds';

const permalinkOf = (eventId: string) => eventPageUrl(eventId, appRootUrl(window.location.origin, window.location.pathname));

function token(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** Parties in their colours from the dataset; a third country's officials in the theme's neutral grey. */
function networkContext(index: DatasetIndex): NetworkContext {
  const other = token('--org', '#6b6f76');
  return {
    title: corpusPageTitle(index.dataset.corpus.title),
    colourOf: (country) => index.partyByCode.get(country)?.colour ?? other,
    countryOf: (country) => countryName(index.partyByCode, country),
  };
}

/** The canvases of a view, painted in order onto one picture with the page's background. */
async function viewPng(regionName: string): Promise<Blob> {
  const region = document.querySelector(`section[aria-label="${regionName}"]`);
  const canvases = region ? Array.from(region.querySelectorAll('canvas')).filter((c) => c.width > 0 && c.height > 0) : [];
  if (!region || canvases.length === 0) throw new Error(`The ${regionName.toLowerCase()} is not on screen.`);
  const box = canvases[0]!.getBoundingClientRect();
  const scale = canvases[0]!.width / Math.max(1, box.width);
  const out = document.createElement('canvas');
  out.width = canvases[0]!.width;
  out.height = canvases[0]!.height;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = token('--surface', '#ffffff');
  ctx.fillRect(0, 0, out.width, out.height);
  for (const canvas of canvases) {
    const r = canvas.getBoundingClientRect();
    ctx.drawImage(canvas, (r.left - box.left) * scale, (r.top - box.top) * scale, r.width * scale, r.height * scale);
  }
  return new Promise((resolve, reject) => out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made.'))), 'image/png'));
}

/** Make the file for one menu item and hand it to the browser; resolves to its name. */
export async function runExport(kind: ExportKind, index: DatasetIndex, view: ExportView, shippedPositions: () => Promise<ShippedPositions | null>): Promise<string> {
  const events = () => eventsInView(index, view);
  const network = async () => networkInView(events(), index.officialById, await shippedPositions());
  const records = () => events().map((e) => eventRecord(index, e, () => undefined));
  let name: string;
  switch (kind) {
    case 'events-csv':
      name = exportFileName('events', view, 'csv');
      saveFile(name, eventsCsv(records(), permalinkOf), 'text/csv');
      break;
    case 'events-json':
      name = exportFileName('events', view, 'json');
      saveFile(name, eventsJson(records(), view, permalinkOf), 'application/json');
      break;
    case 'network-gexf':
      name = exportFileName('network', view, 'gexf');
      saveFile(name, gexf(await network(), networkContext(index), msToDay(Date.now())), 'application/gexf+xml');
      break;
    case 'network-graphml':
      name = exportFileName('network', view, 'graphml');
      saveFile(name, graphml(await network(), networkContext(index)), 'application/graphml+xml');
      break;
    case 'network-svg':
      name = exportFileName('network', view, 'svg');
      saveFile(
        name,
        networkSvg(await network(), {
          ...networkContext(index),
          background: token('--surface', '#ffffff'),
          foreground: token('--fg', '#1c1e21'),
          tie: token('--border', '#d4d6da'),
        }),
        'image/svg+xml',
      );
      break;
    case 'timeline-png':
      name = exportFileName('timeline', view, 'png');
      saveFile(name, await viewPng('Timeline'));
      break;
    case 'network-png':
      name = exportFileName('network', view, 'png');
      saveFile(name, await viewPng('Relationship network'));
      break;
  }
  return name;
}
