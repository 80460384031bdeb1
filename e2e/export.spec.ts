// Issue 15: the Export menu saves what is on screen (filter and window), and says so in the file name.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { test, expect } from './fixtures';
import { filterBy, openAppWithEvents } from './support/app';
import { eventsIn, officialByName } from './support/seed-dataset';

async function exportItem(page: Page, item: string): Promise<{ name: string; body: Buffer }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return { name: download.suggestedFilename(), body: await readFile(await download.path()) };
}

test("the CSV's rows are the events in view: filter and window, named so", async ({ page }) => {
  const giang = officialByName('Phan Van Giang');
  const expected = eventsIn('2019-01-01', '2019-12-31').filter((e) => e.officialIds.includes(giang.id));
  await openAppWithEvents(page, '?from=2019-01-01&to=2019-12-31');
  await filterBy(page, 'Giang', 'Phan Van Giang');

  const csv = await exportItem(page, 'Events (CSV)');
  expect(csv.name).toBe(`events_2019-01-01_to_2019-12-31_officials-${giang.id}.csv`);
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

test('the network exports open as graphs and pictures', async ({ page }) => {
  await openAppWithEvents(page);
  await expect(page.getByRole('region', { name: 'Relationship network' }).locator('[data-official-id]').first()).toBeVisible();

  const gexf = await exportItem(page, 'Network (GEXF)');
  expect(gexf.name).toMatch(/^network_\d{4}-\d{2}-\d{2}_to_\d{4}-\d{2}-\d{2}_all-officials\.gexf$/);
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
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: 'Network (SVG)' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Events (CSV)' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(button).toBeFocused();
});
