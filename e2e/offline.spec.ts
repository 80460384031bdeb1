// Issue 15: after one visit the explorer opens offline, with every article already read; one not
// read says so plainly.
import { test, expect, FAILED_RESOURCE } from './fixtures';
import { articlePanel, eventMark, network, officialNodes, openAppWithEvents, timeline } from './support/app';
import { seed } from './support/seed-dataset';
import { copyOfBuild } from './support/site-copy';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
  // The node buttons come once the network's stage has its size.
  await expect(officialNodes(page).first()).toBeAttached();
  const nodeBoxes = () => officialNodes(page).evaluateAll((nodes) => nodes.map((n) => `${n.getAttribute('data-official-id')} ${n.getAttribute('style')}`).sort());
  const online = await nodeBoxes();

  await context.setOffline(true);
  await page.reload();
  await expect(timeline(page)).toBeVisible();
  await expect(network(page).locator('[data-layout="ready"]')).toBeVisible();
  await expect.poll(nodeBoxes).toEqual(online);
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

test('a new deployment waits until the reader chooses "Reload for the new version"', async ({ page }) => {
  const site = copyOfBuild(`update-${test.info().workerIndex}-${test.info().repeatEachIndex}`);
  try {
    await page.goto(`${site.name}/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect(timeline(page)).toBeVisible();

    // A new deployment: the worker lists a new revision of the page.
    const worker = join(site.folder, 'sw.js');
    const next = readFileSync(worker, 'utf8').replace(/\{url:"index\.html",revision:"[0-9a-f]+"\}/, '{url:"index.html",revision:"0000000000000000deployed"}');
    expect(next).toContain('0000000000000000deployed');
    writeFileSync(worker, next);
    const precached = () =>
      page.evaluate(async () => {
        const urls: string[] = [];
        for (const key of await caches.keys()) for (const request of await (await caches.open(key)).keys()) urls.push(request.url);
        return urls.some((url) => url.includes('0000000000000000deployed'));
      });

    await page.reload();
    const offer = page.getByRole('button', { name: 'Reload for the new version' });
    await expect(offer).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'A new version of the explorer is ready.' })).toBeVisible();
    // Offered, not taken: the old worker still answers, and the new one's copy of the page waits.
    await page.reload();
    await expect(offer).toBeVisible();

    await Promise.all([page.waitForEvent('load'), offer.click()]);
    await expect(timeline(page)).toBeVisible();
    await expect(offer).toHaveCount(0);
    await expect.poll(precached).toBe(true);
  } finally {
    site.remove();
  }
});
