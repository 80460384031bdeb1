// A build for a sub-path (`BASE=/x/ npm run build`, served at /x/): the app, its pages, assets, data,
// links, "Copy link" and the service worker all stay under /x/.
import { test, expect, FAILED_RESOURCE } from './fixtures';
import { articlePanel, eventMark, openAppWithEvents, timeline } from './support/app';
import { officialByName, seed } from './support/seed-dataset';

const PREFIX = '/x/';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('the app loads its scripts and data from /x/ and "Copy link" stays there', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const event = seed().eventsByDate[1]!;
  await openAppWithEvents(page, `?event=${event.id}`);
  await expect(articlePanel(page).getByRole('heading', { name: event.title })).toBeVisible();
  await expect(articlePanel(page).locator('mark').first()).toBeVisible();
  expect(requested.filter((p) => !p.startsWith(PREFIX))).toEqual([]);
  expect(requested).toEqual(expect.arrayContaining([`${PREFIX}data/dataset.json`]));

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).pathname).toBe(`${PREFIX}events/${event.id}/`);
});

test("an event's page under /x/ starts the app on its event; its links and card resolve under /x/", async ({ page, request }) => {
  const event = seed().eventsByDate.find((e) => e.officialIds.length > 0)!;
  const html = await (await request.get(`events/${event.id}/`)).text();
  const card = /<meta property="og:image" content="([^"]+)"/.exec(html)![1]!;
  await page.goto(`events/${event.id}/`);
  await expect(eventMark(page, event.id).first()).toHaveAttribute('aria-current', 'true');
  await expect(articlePanel(page).getByRole('heading', { name: event.title })).toBeVisible();

  // Every link of the page within the site (relative ones resolve against its <base>) is a page that exists.
  const own = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[href]')].map((a) => a.href));
  const local = own.filter((href) => new URL(href).origin === new URL(page.url()).origin);
  expect(local.length).toBeGreaterThan(3);
  for (const href of local) {
    expect(new URL(href).pathname.startsWith(PREFIX), href).toBe(true);
    expect((await request.get(href)).status(), href).toBe(200);
  }
  const cardResponse = await request.get(new URL(card, page.url()).href);
  expect(cardResponse.headers()['content-type']).toBe('image/png');
});

test("an official's page under /x/ opens their profile", async ({ page }) => {
  const official = officialByName('Phan Van Giang');
  await page.goto(`officials/${official.id}/`);
  await expect(timeline(page)).toBeVisible();
  await expect(articlePanel(page).getByRole('heading', { level: 2, name: official.name })).toBeVisible();
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow', allowedConsoleErrors: [FAILED_RESOURCE] });

  test('the service worker is scoped to /x/ and reopens the app offline', async ({ page, context }) => {
    const event = seed().eventsByDate[0]!;
    await openAppWithEvents(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe(PREFIX);
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await eventMark(page, event.id).first().click();
    await expect(articlePanel(page).locator('mark').first()).toBeVisible();

    await context.setOffline(true);
    await page.reload();
    await expect(timeline(page)).toBeVisible();
    await expect(eventMark(page, event.id).first()).toHaveAttribute('aria-current', 'true');
    await expect(articlePanel(page).locator('mark').first()).toBeVisible();
    await context.setOffline(false);
  });
});
