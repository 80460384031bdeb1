// Issue 4 §10: axe finds no serious or critical violation at the start, with an event open and
// with a filter on, on a laptop and on a phone; on a phone the views stack and nothing overflows.
import { test, expect } from './fixtures';
import { articlePanel, eventMark, filterBy, network, openAppWithEvents } from './support/app';
import { expectNoSeriousViolations } from './support/axe';
import { eventWithTie } from './support/seed-dataset';

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('axe: at the start, with an event open, with a filter on', async ({ page }, testInfo) => {
      test.slow(); // three full axe scans
      const event = eventWithTie();
      await openAppWithEvents(page);
      await expect(network(page).locator('[data-official-id]').first()).toBeVisible();
      await expectNoSeriousViolations(page);

      await eventMark(page, event.id).first().click();
      await expect(articlePanel(page).locator('mark').first()).toBeVisible();
      await expectNoSeriousViolations(page);

      await filterBy(page, 'Giang', 'Phan Van Giang');
      await expectNoSeriousViolations(page);

      // For a person to look at (issue 4 §10): the explorer with an event open and a filter on.
      const path = testInfo.outputPath(`explorer-${viewport.width}x${viewport.height}.png`);
      await page.screenshot({ path, fullPage: viewport.width < 600 });
      await testInfo.attach(`explorer at ${viewport.width}×${viewport.height}`, { path, contentType: 'image/png' });
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the views stack and the page does not overflow sideways', async ({ page }) => {
    const event = eventWithTie();
    await openAppWithEvents(page, `?event=${event.id}`);
    await expect(articlePanel(page).locator('mark').first()).toBeVisible();

    // Measured in one go, in page coordinates: the page may still be scrolling to the passage.
    const boxes = await page.evaluate(() =>
      ['section[aria-label="Timeline"]', 'section[aria-label="Relationship network"]', 'aside[aria-label="Article"]'].map((selector) => {
        const r = document.querySelector(selector)!.getBoundingClientRect();
        return { selector, x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height };
      }),
    );
    for (const box of boxes) {
      expect(box.width, box.selector).toBeGreaterThan(300);
      expect(box.x + box.width, box.selector).toBeLessThanOrEqual(390);
    }
    // Stacked: no two views side by side (their vertical extents do not overlap).
    const sorted = [...boxes].sort((p, q) => p.y - q.y);
    for (let i = 1; i < sorted.length; i++) {
      expect(sorted[i]!.y, `${sorted[i]!.selector} below ${sorted[i - 1]!.selector}`).toBeGreaterThanOrEqual(sorted[i - 1]!.y + sorted[i - 1]!.height - 1);
    }

    const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
  });
});
