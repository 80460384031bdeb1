// Issue 15: a page per event and per official. Fetched without JavaScript (as a chat's link
// preview, a reference manager or a search engine does), it names its own event in its head and
// body; in a browser, the app starts on it; "Copy link" shares it.
import { test, expect } from './fixtures';
import { articlePanel, eventMark, eventMarks, filterBy, openAppWithEvents, shownEventIds, timeline } from './support/app';
import { officialByName, seed, seedArticle } from './support/seed-dataset';
import { formatEventDate } from '../src/lib/day-format';
import { expectNoSeriousViolations } from './support/axe';

const attr = (html: string, key: string, name: string): string | null => {
  const match = new RegExp(`<meta ${key}="${name.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html);
  return match ? match[1]!.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&#x27;', "'") : null;
};
const unescape = (html: string) => html.replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>');

test("an event's page, fetched without JavaScript, has its own title, description, passages and tags", async ({ request }) => {
  const index = seed();
  const [event, other] = [index.eventsByDate.at(-1)!, index.eventsByDate[0]!];
  const response = await request.get(`events/${event.id}/`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  const text = unescape(html);

  expect(text).toContain(`<title>${event.title}, ${formatEventDate(event)} · `);
  expect(attr(html, 'property', 'og:title')).toContain(event.title);
  expect(attr(html, 'name', 'description')).toContain(formatEventDate(event));
  expect(attr(html, 'property', 'og:description')).toBe(attr(html, 'name', 'description'));
  expect(attr(html, 'property', 'og:type')).toBe('article');
  expect(attr(html, 'name', 'twitter:card')).toBe('summary_large_image');
  expect(attr(html, 'name', 'citation_title')).toContain(event.title);
  expect(attr(html, 'name', 'DC.title')).toContain(event.title);
  expect(text).not.toContain(other.title);

  // The evidence, verbatim, and the source it comes from.
  const source = event.sources[0]!;
  const article = seedArticle(source.articleId);
  for (const span of source.evidence) expect(text).toContain(article.text.slice(span.start, span.end));
  expect(text).toContain(index.articleById.get(source.articleId)!.title);

  // schema.org data is the only inline script, and it is data.
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const inline = scripts.filter((s) => s[2]!.trim() !== '');
  expect(inline.map((s) => s[1]!.trim())).toEqual(['type="application/ld+json"']);
  const ld = JSON.parse(inline[0]![2]!) as { mainEntity: { '@type': string; name: string } };
  expect(ld.mainEntity).toMatchObject({ '@type': 'Event', name: event.title });
  expect(html).toContain("script-src 'self'".replaceAll("'", '&#39;'));

  const image = attr(html, 'property', 'og:image')!;
  const card = await request.get(new URL(image, response.url()).href);
  expect(card.headers()['content-type']).toBe('image/png');
  expect((await card.body()).subarray(1, 4).toString()).toBe('PNG');
});

test("an event's and an official's page without JavaScript read well: axe finds nothing serious", async ({ browser }) => {
  // The app's scripts do not load (axe needs JavaScript itself, so the page's are blocked instead).
  const context = await browser.newContext();
  await context.route('**/assets/*.js', (route) => route.abort());
  const page = await context.newPage();
  const event = seed().eventsByDate.at(-1)!;
  await page.goto(`events/${event.id}/`);
  await expect(page.getByRole('heading', { name: event.title })).toBeVisible();
  await expect(page.locator('blockquote').first()).toBeVisible();
  await expectNoSeriousViolations(page);
  const official = officialByName('Phan Van Giang');
  await page.goto(`officials/${official.id}/`);
  await expect(page.getByRole('heading', { level: 2, name: official.name })).toBeVisible();
  await expectNoSeriousViolations(page);
  await context.close();
});

test("without JavaScript, the page scrolls as a whole: the note below it does not cover its end", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const event = seed().eventsByDate.at(-1)!;
  await page.goto(`events/${event.id}/`);
  const link = await page.getByRole('link', { name: 'Open this event in the explorer' }).boundingBox();
  const note = await page.locator('noscript').boundingBox();
  expect(link!.y + link!.height).toBeLessThanOrEqual(note!.y);
  await context.close();
});

test("the app started on an event's and an official's page: axe finds nothing serious", async ({ page }) => {
  const event = seed().eventsByDate.at(-1)!;
  await page.goto(`events/${event.id}/`);
  await expect(articlePanel(page).locator('mark').first()).toBeVisible();
  await expectNoSeriousViolations(page);
  const official = officialByName('Phan Van Giang');
  await page.goto(`officials/${official.id}/`);
  await expect(articlePanel(page).getByRole('heading', { level: 2, name: official.name })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("an official's page lists their names, posts and events", async ({ request }) => {
  const index = seed();
  const official = index.dataset.officials.find((o) => o.nativeName && (index.positionsByOfficial.get(o.id)?.length ?? 0) > 1)!;
  const html = unescape(await (await request.get(`officials/${official.id}/`)).text());
  expect(html).toContain(`<title>${official.name} (${official.nativeName}) · `);
  for (const p of index.positionsByOfficial.get(official.id)!) expect(html).toContain(index.eventsByDate[p]!.title);
  for (const role of official.roles) expect(html).toContain(role.title);
});

test("the app starts on an event's page with that event selected, and the tab names it", async ({ page }) => {
  const event = seed().eventsByDate[1]!;
  await page.goto(`events/${event.id}/`);
  await expect(eventMark(page, event.id).first()).toHaveAttribute('aria-current', 'true');
  await expect(articlePanel(page).getByRole('heading', { name: event.title })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^${event.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `));

  // Moving on leaves the page for the app's own address, and the title follows.
  const next = seed().eventsByDate[2]!;
  await eventMark(page, next.id).first().click();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/');
  expect(new URL(page.url()).searchParams.get('event')).toBe(next.id);
  await expect(page).toHaveTitle(new RegExp(`^${next.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `));
  await page.goBack();
  await expect(eventMark(page, event.id).first()).toHaveAttribute('aria-current', 'true');
});

test("the app starts on an official's page with their profile open, not a filter, and shares it", async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const official = officialByName('Phan Van Giang');
  await page.goto(`officials/${official.id}/`);
  await expect(timeline(page)).toBeVisible();
  await expect(articlePanel(page).getByRole('heading', { level: 2, name: official.name })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^${official.name} \\(`));
  await expect(page.getByRole('button', { name: `Remove ${official.name}` })).toHaveCount(0);
  // The timeline shows what the app's own page shows: the profile is not a filter.
  await expect(eventMarks(page).first()).toBeVisible();
  const shown = await shownEventIds(page);
  expect(shown.some((id) => !seed().eventById.get(id)!.officialIds.includes(official.id))).toBe(true);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).pathname).toBe(`/officials/${official.id}/`);
});

test.describe('sharing', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('"Copy link" shares the event\'s page with the filter as parameters', async ({ page, context }) => {
    const giang = officialByName('Phan Van Giang');
    const event = seed().eventsByDate.find((e) => e.officialIds.includes(giang.id))!;
    await openAppWithEvents(page, `?event=${event.id}`);
    await filterBy(page, 'Giang', 'Phan Van Giang');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied')).toBeVisible();
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(link.pathname).toBe(`/events/${event.id}/`);
    expect(link.searchParams.get('officials')).toBe(giang.id);
    expect(link.searchParams.get('event')).toBeNull();

    const colleague = await context.newPage();
    await colleague.goto(link.href);
    await expect(eventMark(colleague, event.id).first()).toHaveAttribute('aria-current', 'true');
    await expect(colleague.getByRole('button', { name: 'Remove Phan Van Giang' })).toBeVisible();
  });
});
