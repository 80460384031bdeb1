// The post-build step: a page per event and per official in dist/, each with a preview card, plus
// a sitemap when the site's URL is known. Reads what `vite build` wrote (index.html, data/).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildDatasetIndex, type DatasetIndex } from '../../data/dataset-index';
import { articleFile, dataset as datasetSchema } from '../../data/schema';
import type { DefenceEvent, Official } from '../../data/schema';
import { EventPage, eventPageHead, OfficialPage, officialPageHead, PERMALINK_CSS, renderHead, type SiteContext } from '../../features/permalink';
import { formatEventDate } from '../../lib/day-format';
import { countryName } from '../../data/countries';
import { eventRecord } from '../../lib/event-record';
import { corpusPageTitle, officialHeadline } from '../../lib/page-title';
import { planCards, SITE_CARD, type CardKey } from './card-plan';
import { applyCorpusHeader } from '../corpus-html';
import { fillPage, pageTemplate } from './page-template';
import { drawCard, loadCardFonts, type CardText } from './preview-card';
import { sitemapFiles } from './sitemap';

export interface PagesOptions {
  dist: string;
  /** Where dataset.json and articles/ are: the build's dist/data unless given (the bench's corpora). */
  dataDir?: string;
  siteUrl: string | null;
  /** Draw no cards (every page shows the site's card): for quick builds and measurements. */
  skipCards?: boolean;
  cardLimit?: number;
}

export interface PagesReport {
  eventPages: number;
  officialPages: number;
  cards: number;
  pageBytes: number;
  cardBytes: number;
  ms: { pages: number; cards: number };
}

function write(file: string, content: string | Buffer): number {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return typeof content === 'string' ? Buffer.byteLength(content) : content.length;
}

function cardText(key: CardKey | 'site', index: DatasetIndex, siteTitle: string, eventsByOfficial: Map<string, DefenceEvent[]>): CardText {
  const footer = siteTitle;
  if (key === 'site') return { kicker: 'Explorer', title: siteTitle, lines: [`${index.eventsByDate.length} events, ${index.dataset.officials.length} officials`], footer };
  if (key.kind === 'event') {
    const event = index.eventById.get(key.eventId)!;
    const names = event.officialIds.flatMap((id) => {
      const o = index.officialById.get(id);
      return o ? [o.nativeName ?? o.name] : [];
    });
    return { kicker: `Event · ${event.kind}`, title: event.title, lines: [`${formatEventDate(event)} · ${event.location ?? 'place not reported'}`, names.join(' · ')], footer };
  }
  if (key.kind === 'pair') {
    const [a, b] = [index.officialById.get(key.a)!, index.officialById.get(key.b)!];
    const shared = (eventsByOfficial.get(key.a) ?? []).filter((e) => e.officialIds.includes(key.b));
    const span = shared.length ? `${formatEventDate(shared[0]!)} to ${formatEventDate(shared[shared.length - 1]!)}` : '';
    return {
      kicker: 'Meetings',
      title: `${a.name} and ${b.name}`,
      lines: [`${shared.length} recorded ${shared.length === 1 ? 'event' : 'events'}${span ? `, ${span}` : ''}`, [a.nativeName ?? a.name, b.nativeName ?? b.name].join(' · ')],
      footer,
    };
  }
  const official = index.officialById.get(key.officialId)!;
  const count = eventsByOfficial.get(official.id)?.length ?? 0;
  const latest = official.roles.reduce<Official['roles'][number] | null>((best, r) => (best === null || r.asOf > best.asOf ? r : best), null);
  return {
    kicker: `Official · ${countryName(index.partyByCode, official.country)}`,
    title: officialHeadline(official),
    lines: [latest?.title ?? '', `${count} recorded ${count === 1 ? 'event' : 'events'}`].filter(Boolean),
    footer,
  };
}

export async function writePages(options: PagesOptions): Promise<PagesReport> {
  const dist = path.resolve(options.dist);
  const dataDir = path.resolve(options.dataDir ?? path.join(dist, 'data'));
  const index = buildDatasetIndex(datasetSchema.parse(JSON.parse(readFileSync(path.join(dataDir, 'dataset.json'), 'utf8'))));
  // The header says the corpus of the dist's own data/ (it may have been replaced since the build).
  const builtHtml = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const indexHtml = applyCorpusHeader(builtHtml, index.dataset.corpus);
  if (indexHtml !== builtHtml) write(path.join(dist, 'index.html'), indexHtml);
  const site: SiteContext = { siteTitle: corpusPageTitle(index.dataset.corpus.title), siteUrl: options.siteUrl, partyByCode: index.partyByCode };
  const template = pageTemplate(indexHtml);

  const texts = new Map<string, string | undefined>();
  const textOf = (articleId: string) => {
    if (!texts.has(articleId)) {
      try {
        texts.set(articleId, articleFile.parse(JSON.parse(readFileSync(path.join(dataDir, 'articles', `${articleId}.json`), 'utf8'))).text);
      } catch {
        texts.set(articleId, undefined);
      }
    }
    return texts.get(articleId);
  };

  const css = readFileSync(PERMALINK_CSS);
  const stylesheet = `assets/permalink-${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
  write(path.join(dist, stylesheet), css);

  const eventsByOfficial = new Map<string, DefenceEvent[]>();
  for (const o of index.dataset.officials) eventsByOfficial.set(o.id, []);
  for (const e of index.eventsByDate) for (const id of e.officialIds) eventsByOfficial.get(id)?.push(e);
  const plan = planCards(index.eventsByDate, new Map([...eventsByOfficial].map(([id, list]) => [id, list.length])), options.skipCards ? 0 : options.cardLimit);

  const pagesStart = performance.now();
  let pageBytes = 0;
  for (const event of index.eventsByDate) {
    const record = eventRecord(index, event, textOf);
    const head = renderHead(eventPageHead(record, site, plan.eventCard.get(event.id) ?? SITE_CARD));
    const body = renderToStaticMarkup(createElement(EventPage, { record }));
    pageBytes += write(path.join(dist, 'events', event.id, 'index.html'), fillPage(template, { head, body, stylesheet }));
  }
  for (const official of index.dataset.officials) {
    const events = eventsByOfficial.get(official.id) ?? [];
    const head = renderHead(officialPageHead(official, events, site, plan.officialCard.get(official.id) ?? SITE_CARD));
    const body = renderToStaticMarkup(
      createElement(OfficialPage, { official, country: countryName(index.partyByCode, official.country), events, organizationById: index.organizationById, articleById: index.articleById }),
    );
    pageBytes += write(path.join(dist, 'officials', official.id, 'index.html'), fillPage(template, { head, body, stylesheet }));
  }
  const pagesMs = performance.now() - pagesStart;

  const cardsStart = performance.now();
  const fonts = loadCardFonts();
  let cardBytes = write(path.join(dist, SITE_CARD), await drawCard(cardText('site', index, site.siteTitle, eventsByOfficial), fonts));
  for (const [cardPath, key] of plan.cards) {
    cardBytes += write(path.join(dist, cardPath), await drawCard(cardText(key, index, site.siteTitle, eventsByOfficial), fonts));
  }
  const cardsMs = performance.now() - cardsStart;

  if (site.siteUrl) {
    const urls = [
      site.siteUrl,
      ...index.eventsByDate.map((e) => new URL(`events/${e.id}/`, site.siteUrl!).href),
      ...index.dataset.officials.map((o) => new URL(`officials/${o.id}/`, site.siteUrl!).href),
    ];
    for (const [name, content] of sitemapFiles(urls, site.siteUrl)) write(path.join(dist, name), content);
    const robotsPath = path.join(dist, 'robots.txt');
    let robots: string;
    try {
      robots = readFileSync(robotsPath, 'utf8');
    } catch {
      robots = 'User-agent: *\nAllow: /\n';
    }
    if (!/^Sitemap:/m.test(robots)) write(robotsPath, `${robots.replace(/\n*$/, '\n')}Sitemap: ${new URL('sitemap.xml', site.siteUrl).href}\n`);
  }

  return {
    eventPages: index.eventsByDate.length,
    officialPages: index.dataset.officials.length,
    cards: plan.cards.size + 1,
    pageBytes,
    cardBytes,
    ms: { pages: pagesMs, cards: cardsMs },
  };
}
