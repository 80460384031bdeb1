// Issue 5 §3: a render error in one view is caught by that view's error boundary; the other views
// keep working and the failed one offers to reload itself. No schema-valid dataset makes a view
// throw (dangling ids, spans past the text, overlapping passages and empty data are all handled),
// so the failure is provoked from the browser side instead: the scrolling API the article panel
// uses to start a newly chosen event at its top throws inside the panel, as a broken browser
// extension might make it.
import { test, expect } from './fixtures';
import { articlePanel, eventMark, eventMarks, network, officialNodes, openAppWithEvents, timeline } from './support/app';
import { eventWithTie } from './support/seed-dataset';

test('a view that fails is contained, the others keep working, and it reloads itself', async ({ page }) => {
  await page.addInitScript(() => {
    const flags = window as unknown as { breakScrolling?: boolean };
    flags.breakScrolling = true;
    // Only inside the article panel: the other views must stay unaffected.
    const inPanel = (el: Element) => el.closest('aside[aria-label="Article"]') !== null;
    const { scrollTo, scrollIntoView } = Element.prototype;
    Element.prototype.scrollTo = function (this: Element, ...args: unknown[]) {
      if (flags.breakScrolling && inPanel(this)) throw new Error('simulated scrolling failure');
      return (scrollTo as (...a: unknown[]) => void).apply(this, args);
    } as typeof scrollTo;
    Element.prototype.scrollIntoView = function (this: Element, ...args: unknown[]) {
      if (flags.breakScrolling && inPanel(this)) throw new Error('simulated scrolling failure');
      return (scrollIntoView as (...a: unknown[]) => void).apply(this, args);
    } as typeof scrollIntoView;
  });
  const event = eventWithTie();
  await openAppWithEvents(page);
  // The panel is up (showing the dataset's overview) before an event is chosen in it.
  await expect(articlePanel(page)).toBeVisible();
  await eventMark(page, event.id).first().click();

  const failed = page.getByRole('alert').filter({ hasText: /stopped working/ });
  await expect(failed).toHaveCount(1);
  await expect(failed).toBeVisible();
  await expect(failed).toContainText(/article/i);
  await expect(articlePanel(page)).toHaveCount(0);

  // The timeline and the network are untouched.
  await expect(eventMark(page, event.id).first()).toHaveAttribute('aria-current', 'true');
  await expect(officialNodes(page).first()).toBeVisible();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(timeline(page)).not.toHaveAttribute('data-domain-start', '2018-01-01');
  await expect(eventMarks(page).first()).toBeVisible();
  await expect(network(page)).toBeVisible();

  // Once the cause is gone, the view reloads itself on request.
  await page.evaluate(() => ((window as unknown as { breakScrolling?: boolean }).breakScrolling = false));
  await failed.getByRole('button', { name: /Reload/ }).click();
  await expect(articlePanel(page).locator('mark').first()).toBeVisible();
  await expect(failed).toHaveCount(0);
});
