// Issue 15: the Export menu saves what is on screen (filters, search, facets and window), and says so
// in the file name.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { test, expect } from './fixtures';
import { expectShownEvents, filterBy, openAppWithEvents } from './support/app';
import { countText, eventsOfArticlesWith, searchFor, searchStatus } from './support/search';
import { eventsIn, officialByName } from './support/seed-dataset';

async function exportItem(page: Page, item: string): Promise<{ name: string; body: Buffer }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return { name: download.suggestedFilename(), body: await readFile(await download.path()) };
}

test("the CSV's rows are the events in view: official filter and window, named so", async ({ page }) => {
  const giang = officialByName('Phan Van Giang');
  const expected = eventsIn('2019-01-01', '2019-12-31').filter((e) => e.officialIds.includes(giang.id));
  await openAppWithEvents(page, '?from=2019-01-01&to=2019-12-31');
  await filterBy(page, 'Giang', 'Phan Van Giang');

  const csv = await exportItem(page, 'Events (CSV)');
  expect(csv.name).toBe(`events-2019-01-01_2019-12-31-officials-${giang.id}.csv`);
  const text = csv.body.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain('\r\n');
  const rows = csvParse(text.slice(1).replaceAll('\r\n', '\n'));
  expect(rows.map((r) => r.id)).toEqual(expected.map((e) => e.id));
  for (const row of rows) {
    expect(row.permalink).toMatch(new RegExp(`/events/${row.id}/$`));
    expect(row.participants).toContain('Phan Van Giang');
    expect(row.date_first).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }

  const json = JSON.parse((await exportItem(page, 'Events (JSON)')).body.toString('utf8'));
  expect(json.events.map((e: { id: string }) => e.id)).toEqual(expected.map((e) => e.id));
});

test('exports follow the search and the facets too, and their names say so', async ({ page }) => {
  const [from, to] = ['2019-01-01', '2020-12-31'];
  const found = new Set(eventsOfArticlesWith(/frigate/i));
  const inView = eventsIn(from, to).filter((e) => found.has(e.id));
  // A kind that narrows the search's events further, so both criteria visibly apply.
  const kind = inView.map((e) => e.kind).find((k) => inView.some((e) => e.kind !== k))!;
  const expected = inView.filter((e) => e.kind === kind);
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(found.size);

  await openAppWithEvents(page, `?from=${from}&to=${to}`);
  await searchFor(page, 'frigate');
  await expect(searchStatus(page)).toHaveText(countText(found.size));
  const facets = page.getByRole('group', { name: 'More filters' });
  await facets.locator('summary', { hasText: /^Kind/ }).click();
  await facets.getByRole('checkbox', { name: new RegExp(`^${kind} \\d+ events?$`) }).check();
  await expectShownEvents(page, expected.map((e) => e.id));

  const csv = await exportItem(page, 'Events (CSV)');
  expect(csv.name).toBe(`events-${from}_${to}-q-frigate-kinds-${kind.replaceAll(' ', '-')}.csv`);
  const rows = csvParse(csv.body.toString('utf8').slice(1).replaceAll('\r\n', '\n'));
  expect(rows.map((r) => r.id)).toEqual(expected.map((e) => e.id));

  const json = JSON.parse((await exportItem(page, 'Events (JSON)')).body.toString('utf8'));
  expect(json.view).toMatchObject({ from, to, query: 'frigate', kinds: [kind] });
  expect(json.events.map((e: { id: string }) => e.id)).toEqual(expected.map((e) => e.id));
  expect((await exportItem(page, 'Network (GEXF)')).name).toBe(`network-${from}_${to}-q-frigate-kinds-${kind.replaceAll(' ', '-')}.gexf`);
});

test('the network exports open as graphs and pictures', async ({ page }) => {
  await openAppWithEvents(page);
  await expect(page.getByRole('region', { name: 'Relationship network' }).locator('[data-official-id]').first()).toBeVisible();

  const gexf = await exportItem(page, 'Network (GEXF)');
  expect(gexf.name).toMatch(/^network-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.gexf$/);
  const graph = parseGexf(Graph, gexf.body.toString('utf8'));
  expect(graph.order).toBeGreaterThan(1);
  expect(graph.size).toBeGreaterThan(0);
  graph.forEachNode((_node, attrs) => expect(attrs.color).toMatch(/^rgb\(\d+,\d+,\d+\)$/));

  const graphml = await exportItem(page, 'Network (GraphML)');
  expect(graphml.body.toString('utf8')).toContain('<graphml');
  const svg = await exportItem(page, 'Network (SVG)');
  expect(svg.body.toString('utf8')).toContain('<circle');
  for (const item of ['Timeline (PNG)', 'Network (PNG)']) {
    const png = await exportItem(page, item);
    expect(png.name).toMatch(/\.png$/);
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');
  }
});

test('the Export menu works from the keyboard', async ({ page }) => {
  await openAppWithEvents(page);
  const button = page.getByRole('button', { name: 'Export' });
  // The menu arrives as its own chunk: until then its place holds a disabled button, which takes no focus.
  await expect(button).toBeEnabled();
  await button.focus();
  await expect(button).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Events (CSV)' })).toBeFocused();
  await expect(page.getByRole('menu', { name: 'Export' })).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: 'Network (SVG)' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Events (CSV)' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(button).toBeFocused();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the Export menu opens whole on screen', async ({ page }) => {
    await openAppWithEvents(page);
    const button = page.getByRole('button', { name: 'Export' });
    await expect(button).toBeEnabled();
    await button.tap();
    const menu = page.getByRole('menu', { name: 'Export' });
    await expect(menu).toBeInViewport({ ratio: 1 });
    for (const item of await menu.getByRole('menuitem').all()) await expect(item).toBeInViewport({ ratio: 1 });
  });
});
