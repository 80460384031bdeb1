// Hand-edited corpora can yield data that passes the schema but does not hang together: ids that
// point nowhere, passages past the end of the text, overlapping passages, no events at all. None of
// it may blank the page or break a view (the fixture also fails on any console or page error).
import type { Page } from '@playwright/test';
import type { ArticleFile, Dataset } from '../src/data/schema';
import { test, expect } from './fixtures';
import { articlePanel, network, timeline } from './support/app';
import { seedArticle, seedDataset } from './support/seed-dataset';

interface Case {
  name: string;
  change(dataset: Dataset, article: ArticleFile): void;
}

const CASES: Case[] = [
  { name: 'an event names an unknown official', change: (d) => d.events[0]!.officialIds.push('ghost-official') },
  { name: 'an event names an unknown organization', change: (d) => d.events[0]!.organizationIds.push('ghost-organization') },
  { name: 'an official takes part twice in one event', change: (d) => d.events[0]!.officialIds.push(d.events[0]!.officialIds[0] ?? d.officials[0]!.id) },
  { name: 'a role points to an unknown organization and article', change: (d) => d.officials.forEach((o) => o.roles.forEach((r) => Object.assign(r, { organizationId: 'ghost', articleId: 'ghost' }))) },
  { name: 'an evidence passage lies past the end of the text', change: (d) => (d.events[0]!.sources[0]!.evidence = [{ start: 999_999, end: 1_000_005, supports: ['what'] }]) },
  { name: 'evidence passages overlap', change: (d) => (d.events[0]!.sources[0]!.evidence = [{ start: 10, end: 50, supports: ['who'] }, { start: 20, end: 30, supports: ['when'] }, { start: 40, end: 60, supports: ['what'] }]) },
  { name: 'a mention runs past the end of the text and names nobody known', change: (_d, a) => a.mentions.unshift({ start: 5, end: 999_999, officialId: 'ghost-official' }) },
  { name: 'two events share an id', change: (d) => (d.events[1]!.id = d.events[0]!.id) },
  { name: 'the dataset holds no events', change: (d) => (d.events = []) },
];

async function serve(page: Page, dataset: Dataset, article: ArticleFile): Promise<void> {
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: dataset }));
  await page.route('**/data/articles/*.json', (route) => route.fulfill({ json: article }));
}

for (const { name, change } of CASES) {
  test(`inconsistent data: ${name}`, async ({ page }) => {
    const dataset = structuredClone(seedDataset());
    const first = dataset.events[0]!;
    const article = structuredClone(seedArticle(first.sources[0]!.articleId));
    change(dataset, article);
    await serve(page, dataset, article);
    await page.goto(`./?event=${encodeURIComponent(first.id)}`);

    await expect(timeline(page)).toBeVisible();
    await expect(network(page)).toBeVisible();
    await expect(articlePanel(page)).toBeVisible();
    if (dataset.events.length > 0) {
      // The linked event is described (with two events under one id, either may win).
      const titles = new Set(dataset.events.filter((e) => e.id === first.id).map((e) => e.title));
      const heading = articlePanel(page).getByRole('heading', { level: 2 }).first();
      await expect(heading).toBeVisible();
      expect(titles).toContain(await heading.textContent());
    }
    await expect(page.getByRole('alert').filter({ hasText: /stopped working/ })).toHaveCount(0);
  });
}
