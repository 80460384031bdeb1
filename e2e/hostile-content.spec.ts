// Issue 5 §4: titles, names, summaries and article text that hold HTML or script are shown as
// literal text; no element is created from them and nothing runs (the fixture fails on a dialog).
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { articlePanel, eventMark, filterBox, network, timeline } from './support/app';
import { HOSTILE_EVENT_ID, hostileData, PAYLOAD } from './support/hostile-dataset';

async function serveHostileData(page: Page): Promise<void> {
  const { dataset, article } = hostileData();
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: dataset }));
  await page.route('**/data/articles/*.json', (route) => route.fulfill({ json: article }));
}

async function expectNoInjectedElements(page: Page): Promise<void> {
  const found = await page.evaluate(() => ({
    img: document.querySelectorAll('img[src="x"], img[src$="/x"]').length,
    iframe: document.querySelectorAll('iframe').length,
    inlineScripts: [...document.scripts].filter((s) => !s.src).length,
    handlers: document.querySelectorAll('[onerror], [onload], [onmouseover]').length,
    bold: document.querySelectorAll('b').length,
    javascriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
  }));
  expect(found).toEqual({ img: 0, iframe: 0, inlineScripts: 0, handlers: 0, bold: 0, javascriptLinks: 0 });
}

test('hostile text in the dataset and the article is shown literally', async ({ page }) => {
  await serveHostileData(page);
  await page.goto(`./?event=${HOSTILE_EVENT_ID}`);

  const mark = eventMark(page, HOSTILE_EVENT_ID).first();
  await expect(mark).toHaveAttribute('aria-current', 'true');
  await expect(mark).toHaveAccessibleName(new RegExp(escapeRegExp(PAYLOAD.eventTitle)));

  // The corpus's own description (the page's header, title and legend) is text too.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PAYLOAD.corpusTitle);
  await expect(page.locator('.app-description')).toHaveText(PAYLOAD.corpusDescription);
  await expect(page).toHaveTitle(`${PAYLOAD.eventTitle}, 19 Jun 2019 · ${PAYLOAD.corpusTitle} — an explorer`);
  await expect(network(page).getByRole('list', { name: 'Network legend' })).toContainText(PAYLOAD.partyName);

  const panel = articlePanel(page);
  await expect(panel.getByText(PAYLOAD.eventTitle, { exact: true }).first()).toBeVisible();
  await expect(panel.getByText(PAYLOAD.articleTitle).first()).toBeVisible();
  await expect(panel.getByText(PAYLOAD.vnName).first()).toBeVisible();
  await expect(panel.getByText(PAYLOAD.ruName).first()).toBeVisible();
  await expect(panel.getByText(PAYLOAD.location).first()).toBeVisible();
  await expect(panel.getByText(PAYLOAD.textLine).first()).toBeVisible();
  await expect(panel.locator('mark').first()).toHaveText(PAYLOAD.evidence);

  await expect(network(page).locator('[data-official-id="hostile-vn"]').first()).toHaveAccessibleName(new RegExp(escapeRegExp(PAYLOAD.vnName)));
  await expect(network(page).locator('[data-official-id="hostile-ru"]').first()).toHaveAccessibleName(new RegExp(escapeRegExp(PAYLOAD.ruName)));

  // Hover shows the event's details (tooltip) and the filter lists the hostile names as options.
  await mark.hover();
  await filterBox(page).fill('Giang');
  await expect(page.getByRole('option', { name: PAYLOAD.vnName }).first()).toBeVisible();
  await expect(timeline(page)).toBeVisible();

  await expectNoInjectedElements(page);
});

test('hostile text stays text after walking between events and filtering', async ({ page }) => {
  await serveHostileData(page);
  await page.goto('./');
  await eventMark(page, HOSTILE_EVENT_ID).first().click();
  await expect(articlePanel(page).locator('mark').first()).toHaveText(PAYLOAD.evidence);
  await eventMark(page, 'plain-event').first().click();
  await expect(articlePanel(page).getByText('A plain later event', { exact: true }).first()).toBeVisible();
  await filterBox(page).fill('Shoigu');
  await page.getByRole('option', { name: PAYLOAD.ruName }).first().click();
  await expect(page.getByRole('button', { name: `Remove ${PAYLOAD.ruName}` })).toBeVisible();
  await expectNoInjectedElements(page);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
