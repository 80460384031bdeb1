// axe finds no serious or critical violation with search results open and with a profile open, on a
// laptop and on a phone.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { articlePanel, openAppWithEvents } from './support/app';
import { officialByName } from './support/seed-dataset';
import { searchFor, searchResults } from './support/search';

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
  expect(serious).toEqual([]);
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('axe: with search results open, with a profile open', async ({ page }) => {
      test.slow(); // two full axe scans
      await openAppWithEvents(page);
      await searchFor(page, 'Tropical');
      await expect(searchResults(page).getByRole('listitem').first()).toBeVisible();
      await expectNoSeriousViolations(page);

      const giang = officialByName('Phan Van Giang');
      await openAppWithEvents(page, `?official=${giang.id}`);
      await expect(articlePanel(page).locator('blockquote').first()).toBeVisible();
      await expectNoSeriousViolations(page);
    });
  });
}
