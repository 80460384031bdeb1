// A large dataset's first picture: the timeline's counts per period, drawn from event-dates.json while
// dataset.json is still on its way; nothing in it is live, and it says it is loading. A link that
// filters gets no picture (only the dataset knows which events pass).
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { eventMarks, timeline } from './support/app';
import { seedDataset } from './support/seed-dataset';
import type { CorpusInfo } from '../src/data/schema';

const EVENTS = 3000;

/** Dates for EVENTS one-day events from 2018 on, two a day: enough for the full span to aggregate. */
function manyDates(corpus: CorpusInfo) {
  const startDeltas = Array.from({ length: EVENTS }, (_, i) => (i > 0 && i % 2 === 0 ? 1 : 0));
  return { schemaVersion: 2, corpus, firstDay: Date.UTC(2018, 0, 1) / 86_400_000, startDeltas, lengths: startDeltas.map(() => 0) };
}

/** Serve EVENTS events' dates and hold dataset.json back until the returned function is called. */
async function datesNowDatasetLater(page: Page, corpus: CorpusInfo): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/event-dates.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(manyDates(corpus)) }));
  await page.route('**/data/dataset.json', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('the counts per period show before the dataset is in, then the events', async ({ page }) => {
  const dataset = seedDataset();
  const release = await datesNowDatasetLater(page, dataset.corpus);
  await page.goto('./');
  const section = timeline(page);
  await expect(section).toHaveAttribute('aria-busy', 'true');
  const clusters = section.locator('[data-cluster-count]');
  await expect(clusters.first()).toBeVisible();
  const counts = await clusters.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-cluster-count'))));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(EVENTS);
  // Nothing is live yet, and it says so.
  await expect(section.getByRole('button', { name: 'Zoom in' })).toBeDisabled();
  await expect(section.getByRole('status')).toContainText('Loading the events');
  await expect(clusters.first()).not.toBeFocused();
  await page.keyboard.press('Tab');
  await expect(clusters.first()).not.toBeFocused();

  release();
  await expect(section).not.toHaveAttribute('aria-busy', 'true');
  await expect(eventMarks(page).first()).toBeVisible();
  await expect(section.getByRole('button', { name: 'Zoom in' })).toBeEnabled();
});

test('a link that filters waits for the dataset instead of drawing counts it cannot filter', async ({ page }) => {
  const dataset = seedDataset();
  const release = await datesNowDatasetLater(page, dataset.corpus);
  const official = dataset.officials[0]!.id;
  await page.goto(`./?officials=${official}`);
  await expect(page.getByRole('status').filter({ hasText: 'Loading dataset' })).toBeVisible();
  await expect(page.locator('[data-cluster-count]')).toHaveCount(0);
  release();
  await expect(eventMarks(page).first()).toBeVisible();
});
