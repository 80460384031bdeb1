// Issue 4 §3 (and issue 6 §2): marks that would overlap stack into lanes; only when the lanes run
// out do they merge into a cluster that shows its count, is focusable, and zooms in when opened.
// The seed never runs out of lanes, so a dataset with a burst of same-week events is served.
import type { Page } from '@playwright/test';
import { articleFile, dataset as datasetSchema } from '../src/data/schema';
import { test, expect } from './fixtures';
import { domain, eventMarks, timeline } from './support/app';
import { seedDataset } from './support/seed-dataset';

const BURST = 60;

function burstData() {
  const sentences = Array.from({ length: BURST }, (_, i) => `Meeting number ${i + 1} took place in Hanoi.`);
  const text = sentences.join('\n');
  let offset = 0;
  const spans = sentences.map((s) => {
    const span = { start: offset, end: offset + s.length, supports: ['who', 'when', 'what'] };
    offset += s.length + 1;
    return span;
  });
  const dataset = datasetSchema.parse({
    schemaVersion: 2,
    corpus: { ...seedDataset().corpus, title: 'A busy week' },
    articles: [{ id: 'burst-article', title: 'A busy week', source: 'Test', publishedAt: '2019-03-15', url: null }],
    officials: [
      { id: 'vn-one', name: 'Official One', country: 'VN', aliases: [], roles: [] },
      { id: 'ru-two', name: 'Official Two', country: 'RU', aliases: [], roles: [] },
    ],
    organizations: [],
    events: spans.map((span, i) => ({
      id: `burst-${String(i + 1).padStart(2, '0')}`,
      title: `Meeting ${i + 1}`,
      kind: 'talks',
      date: `2019-03-${String(10 + (i % 3)).padStart(2, '0')}`,
      datePrecision: 'day',
      location: 'Hanoi',
      officialIds: ['vn-one', 'ru-two'],
      organizationIds: [],
      summary: `Meeting ${i + 1} of the week.`,
      sources: [{ articleId: 'burst-article', evidence: [span] }],
    })),
  });
  const article = articleFile.parse({ id: 'burst-article', text, mentions: [] });
  return { dataset, article };
}

async function serveBurst(page: Page): Promise<void> {
  const { dataset, article } = burstData();
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: dataset }));
  await page.route('**/data/articles/*.json', (route) => route.fulfill({ json: article }));
}

test('a burst of events beyond the lanes becomes a counted cluster that zooms in when opened', async ({ page }) => {
  await serveBurst(page);
  await page.goto('./');
  const clusters = timeline(page).locator('[data-cluster-count]');
  await expect(clusters.first()).toBeVisible();

  // Every event is accounted for: as its own mark or inside a cluster's count.
  const accounted = async () => {
    const counts = await clusters.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-cluster-count'))));
    return (await eventMarks(page).count()) + counts.reduce((a, b) => a + b, 0);
  };
  await expect.poll(accounted).toBe(BURST);
  await expect(clusters.first()).toHaveAccessibleName(/\d+ events/);

  const before = await domain(page);
  await clusters.first().focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => {
    const now = await domain(page);
    return Date.parse(now.end) - Date.parse(now.start) < Date.parse(before.end) - Date.parse(before.start);
  }).toBe(true);
  const after = await domain(page);
  expect(after.start <= '2019-03-12' && after.end >= '2019-03-10', `${after.start}..${after.end} holds the burst`).toBe(true);
});
