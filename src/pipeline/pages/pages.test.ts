import { describe, expect, it } from 'vitest';
import type { DefenceEvent } from '../../data/schema';
import { planCards, SITE_CARD } from './card-plan';
import { fillPage, pageTemplate } from './page-template';
import { sitemapFiles } from './sitemap';

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="script-src 'self'">
    <meta charset="UTF-8" />
    <title>Site &amp; co</title>
    <meta
      name="description"
      content="generic"
    />
    <meta property="og:title" content="generic" />
    <meta property="og:type" content="website" />
    <script type="module" crossorigin src="./assets/index.js"></script>
  </head>
  <body><div id="root"><p class="boot-message">Loading…</p></div></body>
</html>`;

describe('page template', () => {
  it("drops the app's own description and sends relative URLs to the root", () => {
    const template = pageTemplate(INDEX);
    expect(template).not.toContain('generic');
    expect(template).not.toContain('<title>');
    expect(template).toContain('<meta charset="UTF-8" />\n    <base href="../../" />');
    expect(template).toContain("script-src 'self'");
    const page = fillPage(template, { head: '<title>E</title>', body: '<article>E</article>', stylesheet: 'assets/p.css' });
    expect(page).toContain('<div id="root"><article>E</article></div>');
    expect(page).toContain('<link rel="stylesheet" href="assets/p.css" />\n  </head>');
  });

  it('fails loudly when index.html changes shape', () => {
    expect(() => pageTemplate('<html><head></head></html>')).toThrow(/<title>/);
  });
});

const ev = (id: string, officialIds: string[]) => ({ id, officialIds }) as DefenceEvent;

describe('planCards', () => {
  it('draws a card per event up to the limit', () => {
    const plan = planCards([ev('a', ['x', 'y']), ev('b', [])], new Map([['x', 1]]), 2);
    expect(plan.eventCard.get('a')).toBe('cards/events/a.png');
    expect(plan.eventCard.get('b')).toBe('cards/events/b.png');
    expect(plan.officialCard.get('x')).toBe('cards/officials/x.png');
  });

  it('beyond it, shares a card per pair of officials, most frequent first, else the site card', () => {
    const events = [ev('a', ['y', 'x']), ev('b', ['x', 'y']), ev('c', ['x', 'z']), ev('d', ['q'])];
    const plan = planCards(events, new Map([['x', 3], ['y', 2], ['z', 1]]), 1);
    expect(plan.eventCard.get('a')).toBe('cards/pairs/x~y.png');
    expect(plan.eventCard.get('b')).toBe('cards/pairs/x~y.png');
    expect(plan.eventCard.get('c')).toBe(SITE_CARD);
    expect(plan.eventCard.get('d')).toBe(SITE_CARD);
    expect(plan.officialCard.get('x')).toBe('cards/officials/x.png');
    expect(plan.officialCard.get('y')).toBe(SITE_CARD);
    expect([...plan.cards.keys()].sort()).toEqual(['cards/officials/x.png', 'cards/pairs/x~y.png']);
  });
});

describe('sitemapFiles', () => {
  it('lists every address, escaped', () => {
    const files = sitemapFiles(['https://x.example/', 'https://x.example/events/a&b/'], 'https://x.example/');
    expect(files.get('sitemap.xml')).toContain('<loc>https://x.example/events/a&amp;b/</loc>');
  });

  it('splits past 50,000 addresses into an index', () => {
    const urls = Array.from({ length: 50_001 }, (_, i) => `https://x.example/events/e${i}/`);
    const files = sitemapFiles(urls, 'https://x.example/');
    expect([...files.keys()].sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap.xml']);
    expect(files.get('sitemap.xml')).toContain('<sitemapindex');
    expect(files.get('sitemap-2.xml')).toContain('e50000');
  });
});
