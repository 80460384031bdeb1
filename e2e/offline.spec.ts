// Issue 15: after one visit the explorer opens offline, with every article already read; one not
// read says so plainly.
import { test, expect, FAILED_RESOURCE } from './fixtures';
import { articlePanel, eventMark, network, officialNodes, openAppWithEvents, timeline } from './support/app';
import { seed } from './support/seed-dataset';

test.use({ serviceWorkers: 'allow', allowedConsoleErrors: [FAILED_RESOURCE] });

test('offline reload after one visit works; an article not yet read says so', async ({ page, context }) => {
  const events = seed().eventsByDate;
  const read = events[0]!;
  const unread = events.find((e) => e.sources.every((s) => !read.sources.some((r) => r.articleId === s.articleId)))!;

  await openAppWithEvents(page);
  // The first visit installs the service worker; it looks after the page from the next load on.
  // The app registers it once the page has loaded and gone quiet.
  const worker = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
  expect(worker).toBe(new URL('sw.js', page.url()).href);
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await eventMark(page, read.id).first().click();
  await expect(articlePanel(page).locator('mark').first()).toBeVisible();
  // Where each node stands comes from the shipped layout, which is kept for offline use too.
  await expect(network(page).locator('[data-layout="ready"]')).toBeVisible();
  const nodeBoxes = () => officialNodes(page).evaluateAll((nodes) => nodes.map((n) => `${n.getAttribute('data-official-id')} ${n.getAttribute('style')}`).sort());
  const online = await nodeBoxes();

  await context.setOffline(true);
  await page.reload();
  await expect(timeline(page)).toBeVisible();
  await expect(network(page).locator('[data-layout="ready"]')).toBeVisible();
  expect(await nodeBoxes()).toEqual(online);
  await expect(eventMark(page, read.id).first()).toHaveAttribute('aria-current', 'true');
  await expect(articlePanel(page).locator('mark').first()).toBeVisible();

  await eventMark(page, unread.id).first().click();
  await expect(articlePanel(page).getByRole('alert').first()).toContainText('You are offline, and this article was not opened on this device before');
  await context.setOffline(false);
});

test('the app is installable: a manifest with icons', async ({ request }) => {
  const html = await (await request.get('./')).text();
  const href = /<link rel="manifest" href="([^"]+)"/.exec(html)?.[1];
  expect(href).toBeTruthy();
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ display: 'standalone', start_url: './' });
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).headers()['content-type']).toBe('image/png');
});
