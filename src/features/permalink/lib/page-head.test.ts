import { describe, expect, it } from 'vitest';
import { clip, escapeHtml, jsonForScript, renderHead, type PageHead } from './page-head';
import { schemaOrgDates } from './page-meta';
import type { DefenceEvent } from '../../../data/schema';

const head: PageHead = {
  title: 'Talks "A" & <B>, 3 Jul 2020 · Site',
  description: 'desc',
  ogType: 'article',
  canonicalUrl: 'https://x.example/events/e1/',
  imageUrl: 'https://x.example/cards/events/e1.png',
  imageAlt: 'alt',
  siteTitle: 'Site',
  keywords: ['talks'],
  relations: ['https://news.example/a'],
  coverage: '3 Jul 2020; Moscow',
  jsonLd: { name: '</script><script>alert(1)</script>' },
};

describe('renderHead', () => {
  it('escapes every value and keeps the JSON-LD inside its element', () => {
    const html = renderHead(head);
    expect(html).toContain('<title>Talks &quot;A&quot; &amp; &lt;B&gt;, 3 Jul 2020 · Site</title>');
    expect(html).toContain('<meta property="og:title" content="Talks &quot;A&quot; &amp; &lt;B&gt;, 3 Jul 2020 · Site" />');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const json = /<script type="application\/ld\+json">(.*)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(json)).toEqual(head.jsonLd);
  });

  it('gives the tags link previews and reference managers read', () => {
    const html = renderHead(head);
    for (const tag of ['og:type', 'og:title', 'og:description', 'og:image', 'og:url']) expect(html).toContain(`property="${tag}"`);
    for (const tag of ['twitter:card', 'citation_title', 'citation_public_url', 'DC.title', 'DC.identifier', 'DC.relation']) expect(html).toContain(`name="${tag}"`);
    expect(html).toContain('<link rel="canonical" href="https://x.example/events/e1/" />');
  });

  it('leaves out the canonical address when the site URL is not known', () => {
    const html = renderHead({ ...head, canonicalUrl: null });
    expect(html).not.toContain('canonical');
    expect(html).not.toContain('og:url');
  });
});

describe('helpers', () => {
  it('escapes HTML and script-closing JSON', () => {
    expect(escapeHtml(`<a href="x">&</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    expect(jsonForScript({ a: '<!-- </script>' })).toBe('{"a":"\\u003c!-- \\u003c/script>"}');
  });

  it('clips at a word boundary', () => {
    expect(clip('one two three four', 100)).toBe('one two three four');
    expect(clip('one two three four five six', 14)).toBe('one two three…');
    expect(clip('one two three four five six', 14).length).toBeLessThanOrEqual(14);
  });

  it('never gives schema.org a day the data lacks', () => {
    const e = (p: DefenceEvent['datePrecision'], endDate?: string) => ({ date: '2019-06-01', endDate, datePrecision: p }) as DefenceEvent;
    expect(schemaOrgDates(e('day'))).toEqual({ startDate: '2019-06-01' });
    expect(schemaOrgDates(e('day', '2019-06-03'))).toEqual({ startDate: '2019-06-01', endDate: '2019-06-03' });
    expect(schemaOrgDates(e('month'))).toEqual({ startDate: '2019-06' });
    expect(schemaOrgDates(e('year'))).toEqual({ startDate: '2019' });
    expect(schemaOrgDates(e('range', '2019-06-09'))).toEqual({});
  });
});
