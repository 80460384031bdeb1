// Full-text search: "/" focuses the field; matching ignores case and diacritics; an article's hit
// finds its events; the views show only matches; results open events whose article marks the hit.
import { test, expect } from './fixtures';
import { articlePanel, DEFAULT_END, DEFAULT_START, expectShownEvents, openApp, openAppWithEvents, searchParam } from './support/app';
import { eventsIn, seed } from './support/seed-dataset';
import { countText, eventsOfArticlesWith, searchBox, searchFor, searchResults, searchStatus } from './support/search';

test('"Tropical" finds the events of both articles that name the Tropical Centre and marks the hit', async ({ page }) => {
  const expected = eventsOfArticlesWith(/tropical/i);
  const centerSpelling = eventsOfArticlesWith(/Tropical Center/);
  expect(centerSpelling.length).toBeGreaterThan(0);
  await openAppWithEvents(page);
  await searchFor(page, 'Tropical');

  await expect(searchStatus(page)).toHaveText(countText(expected.length));
  await expect(searchResults(page).getByRole('listitem')).toHaveCount(expected.length);
  await expectShownEvents(page, expected);
  await expect.poll(() => searchParam(page, 'q')).toBe('Tropical');
  await expect(searchResults(page).locator('mark').first()).toHaveText(/^Tropical$/i);

  // Open an event of the article that spells it "Center": its text marks the hit, unlike evidence.
  const event = seed().eventById.get(centerSpelling[0]!)!;
  await searchResults(page).getByRole('button', { name: new RegExp(`^${event.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
  const hit = articlePanel(page).locator('mark.search-hit').first();
  await expect(hit).toBeVisible();
  await expect(hit).toHaveText('Search match: Tropical');
  await expect(hit).not.toHaveAttribute('data-evidence');
  await expect(hit).toBeInViewport();
  expect(await hit.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(
    await articlePanel(page).locator('mark[data-evidence]').first().evaluate((el) => getComputedStyle(el).backgroundColor),
  );
});

test('"phan van giang" and "Phan Văn Giang" give the same results', async ({ page }) => {
  await openAppWithEvents(page);
  await searchFor(page, 'phan van giang');
  await expect(searchStatus(page)).toHaveText(/^\d+ events? match$/);
  const plain = await searchResults(page).getByRole('button').allTextContents();
  expect(plain.length).toBeGreaterThan(0);

  await searchBox(page).fill('Phan Văn Giang');
  await expect.poll(() => searchParam(page, 'q')).toBe('Phan Văn Giang');
  await expect(searchStatus(page)).toHaveText(countText(plain.length));
  expect(await searchResults(page).getByRole('button').allTextContents()).toEqual(plain);
});

test('"frigate" finds the events of article 001', async ({ page }) => {
  const expected = eventsOfArticlesWith(/frigate/i);
  expect(new Set(expected.flatMap((id) => seed().eventById.get(id)!.sources.map((s) => s.articleId)))).toEqual(new Set([expect.stringMatching(/^001_/)]));
  await openAppWithEvents(page);
  await searchFor(page, 'frigate');
  await expect(searchStatus(page)).toHaveText(countText(expected.length));
  await expectShownEvents(page, expected);
});

test('no match says so and offers to clear; Back leaves the search; a link restores it', async ({ page }) => {
  await openAppWithEvents(page);
  const all = eventsIn(DEFAULT_START, DEFAULT_END).map((e) => e.id);
  await searchFor(page, 'zzqxv');
  await expect(searchStatus(page)).toContainText('No match for “zzqxv”.');
  await expectShownEvents(page, []);
  await page.getByRole('button', { name: 'Clear the search' }).click();
  await expect(searchBox(page)).toHaveValue('');
  await expect.poll(() => searchParam(page, 'q')).toBeNull();
  await expectShownEvents(page, all);

  await searchFor(page, 'frigate');
  await expect.poll(() => searchParam(page, 'q')).toBe('frigate');
  await page.goBack();
  await expect(searchBox(page)).toHaveValue('');
  await expectShownEvents(page, all);

  await openAppWithEvents(page, '?q=frigate');
  await expect(searchBox(page)).toHaveValue('frigate');
  await expectShownEvents(page, eventsOfArticlesWith(/frigate/i));
});

test('hostile queries render as text and break nothing', async ({ page }) => {
  await openAppWithEvents(page);
  const markup = '<img src=x onerror=alert(1)><b>bold</b>';
  for (const query of [markup, '.*+?^${}()|[]\\ (((', 'x'.repeat(10_000), 'a\uD800b']) {
    await searchFor(page, query);
    await expect(searchStatus(page)).toContainText(/No match for|events? match$/);
  }
  await searchFor(page, markup);
  await expect(searchStatus(page)).toContainText(`No match for “${markup}”`);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('.search-status b')).toHaveCount(0);
  // The URL holds the query as text, and reopening it changes nothing.
  await openApp(page, `?q=${encodeURIComponent(markup)}`);
  await expect(searchBox(page)).toHaveValue(markup);
  await expect(searchStatus(page)).toContainText(`No match for “${markup}”`);
  await expectShownEvents(page, []);
});
