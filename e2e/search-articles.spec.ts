// The articles' text reaches the search after titles, names and places: until it is all indexed the
// answer says "so far" and a note says the text is still being indexed; if it cannot be loaded, the
// search keeps working on the rest and says so, and typing again retries.
import type { Page, Route } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectShownEvents, openAppWithEvents } from './support/app';
import { seed } from './support/seed-dataset';
import { countText, eventsOfArticlesWith, searchBox, searchFor, searchStatus } from './support/search';

const ARTICLE_TEXT = '**/data/search-articles-*.json';
const indexingNote = (page: Page) => page.getByRole('search').getByText(/Still indexing|Results come from/);

test('while the articles’ text is on its way the answer says so, then becomes complete', async ({ page }) => {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(ARTICLE_TEXT, async (route) => {
    await released;
    await route.continue();
  });
  await openAppWithEvents(page);
  await searchFor(page, 'frigate');
  // Only an article speaks of a frigate: no "No match" before the articles are searched.
  await expect(searchStatus(page)).toHaveText('Searching the articles’ text…');
  await expect(indexingNote(page)).toContainText('Still indexing the articles’ text (0% done)');
  // Nothing to list yet: no empty results panel either.
  await expect(page.locator('.search-panel')).toBeHidden();
  release();
  const expected = eventsOfArticlesWith(/frigate/i);
  await expect(searchStatus(page)).toHaveText(countText(expected.length));
  await expect(indexingNote(page)).toHaveCount(0);
  await expectShownEvents(page, expected);
});

test('when the articles’ text cannot be loaded, titles, names and places still answer, and typing again retries', async ({ page }) => {
  const broken = (route: Route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ schemaVersion: 2, articles: 'none' }) });
  await page.route(ARTICLE_TEXT, broken);
  await openAppWithEvents(page);
  await searchFor(page, 'Moscow');
  const inMoscow = seed().eventsByDate.filter((e) => [e.title, e.summary, e.location ?? ''].some((t) => /\bmoscow/i.test(t))).map((e) => e.id);
  expect(inMoscow.length).toBeGreaterThan(0);
  await expect(searchStatus(page)).toHaveText(`${countText(inMoscow.length)} so far`);
  await expect(indexingNote(page)).toContainText('Results come from titles, names and places only');
  await expectShownEvents(page, inMoscow);

  await searchBox(page).fill('frigate');
  await expect(searchStatus(page)).toHaveText('No match in titles, names or places for “frigate”.');

  await page.unroute(ARTICLE_TEXT, broken);
  await searchBox(page).fill('frigat');
  await expect(searchStatus(page)).toHaveText(countText(eventsOfArticlesWith(/frigat/i).length));
  await expect(indexingNote(page)).toHaveCount(0);
});
