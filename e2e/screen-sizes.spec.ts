// Every zoom level readable, zoom that follows the selection, and touch done right, on a phone
// (390×844, touch) and a laptop (1440×900, here with a touch screen too). Facts come from the dataset
// the page is served, so the same flows run on any corpus: the `chromium` project runs them on the
// seed, the `corpus-b` project on the second corpus.
import type { CDPSession, Page } from '@playwright/test';
import { buildDatasetIndex, type DatasetIndex } from '../src/data/dataset-index';
import { dataset as datasetSchema } from '../src/data/schema';
import { expect, test } from './fixtures';
import { articlePanel, domain, eventMark, eventMarks, openAppWithEvents, timeline } from './support/app';

/** The dataset the site under test serves (the seed's, or the second corpus's under /corpus-b/). */
async function served(page: Page): Promise<DatasetIndex> {
  const response = await page.request.get('./data/dataset.json');
  expect(response.ok()).toBe(true);
  return buildDatasetIndex(datasetSchema.parse(await response.json()));
}

const surface = (page: Page) => timeline(page).locator('.timeline-surface');

/** A finger drag through the browser's own input pipeline (so touch-action and page scrolling apply). */
async function swipe(page: Page, cdp: CDPSession, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  const steps = 12;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] });
  for (let i = 1; i <= steps; i++) {
    const x = from.x + ((to.x - from.x) * i) / steps;
    const y = from.y + ((to.y - from.y) * i) / steps;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  // Let the page handle the last events (and a scroll settle) before measuring.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The earliest day-dated event, far from the middle of the full span: zooming around the middle loses it. */
function earlyEvent(index: DatasetIndex) {
  const event = index.eventsByDate.find((e) => e.datePrecision === 'day');
  if (!event) throw new Error('the dataset has no day-dated event');
  return event;
}

for (const size of [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
  { name: 'laptop', viewport: { width: 1440, height: 900 }, isMobile: false },
]) {
  test.describe(`${size.name} ${size.viewport.width}×${size.viewport.height}`, () => {
    test.use({ viewport: size.viewport, hasTouch: true, isMobile: size.isMobile });

    test('the axis names the year at every zoom level', async ({ page }) => {
      await openAppWithEvents(page);
      const plot = (await surface(page).boundingBox())!;
      const zoomIn = timeline(page).getByRole('button', { name: 'Zoom in' });
      const days = async () => {
        const d = await domain(page);
        return (Date.parse(d.end) - Date.parse(d.start)) / 86_400_000;
      };
      for (let level = 0; level < 14; level++) {
        const year = timeline(page).locator('[data-axis-label="year"]').first();
        await expect(year).toHaveText(/^([A-Z][a-z]{2} )?\d{4}$/);
        const box = (await year.boundingBox())!;
        expect(box.x, `level ${level}`).toBeGreaterThanOrEqual(plot.x - 1);
        expect(box.x, `level ${level}`).toBeLessThan(plot.x + 60);
        // Not cut: the label is as wide as its text.
        expect(await year.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
        const span = await days();
        if (span <= 4) break; // the narrowest window
        await zoomIn.click();
        await expect.poll(days).toBeLessThan(span);
      }
    });

    test('zooming in with an event selected keeps it in view', async ({ page }) => {
      const event = earlyEvent(await served(page));
      await openAppWithEvents(page, `?event=${encodeURIComponent(event.id)}`);
      const zoomIn = timeline(page).getByRole('button', { name: 'Zoom in' });
      for (let i = 0; i < 8; i++) {
        await zoomIn.click();
        const mark = eventMark(page, event.id);
        await expect(mark).toHaveAttribute('aria-current', 'true');
        const box = (await mark.boundingBox())!;
        const plot = (await surface(page).boundingBox())!;
        expect(box.x + box.width / 2).toBeGreaterThan(plot.x);
        expect(box.x + box.width / 2).toBeLessThan(plot.x + plot.width);
        const { start, end } = await domain(page);
        expect(start <= event.date && event.date <= end, `${start}..${end} holds ${event.date}`).toBe(true);
      }
    });

    test('every mark is a target of at least 24×24 px, and a tap picks the nearest mark', async ({ page }) => {
      await openAppWithEvents(page);
      const boxes = await eventMarks(page).evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => [r.width, r.height]));
      expect(boxes.length).toBeGreaterThan(0);
      for (const [w, h] of boxes) {
        expect(w).toBeGreaterThanOrEqual(24);
        expect(h).toBeGreaterThanOrEqual(24);
      }
      // A tap at a mark's drawn centre selects that mark, even where neighbours' targets overlap it.
      const marks = await eventMarks(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')!));
      const id = marks[Math.floor(marks.length / 2)]!;
      const box = (await eventMark(page, id).boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await expect(eventMark(page, id)).toHaveAttribute('aria-current', 'true');
    });

    test('a horizontal swipe over the timeline pans it; a vertical one scrolls the page', async ({ page }) => {
      // One year of the corpus: that of its middle event.
      const { eventsByDate } = await served(page);
      const year = eventsByDate[Math.floor(eventsByDate.length / 2)]!.date.slice(0, 4);
      await openAppWithEvents(page, `?from=${year}-01-01&to=${year}-12-31`);
      const cdp = await page.context().newCDPSession(page);
      const plot = (await surface(page).boundingBox())!;
      const y = plot.y + plot.height - 20;
      const before = await domain(page);
      await swipe(page, cdp, { x: plot.x + plot.width * 0.75, y }, { x: plot.x + plot.width * 0.25, y });
      await expect.poll(async () => (await domain(page)).start > before.start).toBe(true);
      const panned = await domain(page);
      const days = (d: { start: string; end: string }) => (Date.parse(d.end) - Date.parse(d.start)) / 86_400_000;
      expect(Math.abs(days(panned) - days(before))).toBeLessThanOrEqual(1);
      expect(await page.evaluate(() => scrollY)).toBeLessThan(10);

      const x = plot.x + plot.width / 2;
      const scrollable = await page.evaluate(() => document.scrollingElement!.scrollHeight > innerHeight + 200);
      await swipe(page, cdp, { x, y }, { x, y: y - 200 });
      if (scrollable) await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
      expect(await domain(page)).toEqual(panned);
    });

    test("after a tap the event's title is in view, and the passage is one step away", async ({ page }) => {
      await openAppWithEvents(page);
      const id = await eventMarks(page).first().getAttribute('data-event-id');
      const event = (await served(page)).eventById.get(id!)!;
      await eventMark(page, id!).tap();
      await expect(eventMark(page, id!)).toHaveAttribute('aria-current', 'true');
      const title = page.getByText(event.title, { exact: true }).filter({ visible: true }).first();
      await expect(title).toBeInViewport();
      if (size.isMobile) {
        await page.getByRole('button', { name: 'Go to the passage' }).tap();
        await expect(articlePanel(page).locator('mark').first()).toBeInViewport();
      } else {
        await expect(articlePanel(page).locator('mark').first()).toBeInViewport();
      }
    });
  });
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test(`at ${viewport.width}×${viewport.height} the article reads in at least half the viewport's height`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openAppWithEvents(page);
    const panel = (await articlePanel(page).boundingBox())!;
    expect(panel.height).toBeGreaterThanOrEqual(viewport.height / 2);
    expect(panel.y + panel.height).toBeLessThanOrEqual(viewport.height + 1);
  });
}

test('at 1440×900 the whole network fits its view: picture, buttons and table, no scrolling inside', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openAppWithEvents(page);
  const section = page.getByRole('region', { name: 'Relationship network' });
  await expect(section.locator('[data-layout="ready"]')).toBeVisible();
  // The view that holds the section is the one that would scroll.
  const view = section.locator('xpath=..');
  const box = (await view.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(900);
  expect(await view.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  const inside = async (name: string, locator: ReturnType<Page['locator']>) => {
    const b = (await locator.boundingBox())!;
    expect(b.y, name).toBeGreaterThanOrEqual(box.y);
    expect(b.y + b.height, name).toBeLessThanOrEqual(box.y + box.height + 1);
    expect(b.x + b.width, name).toBeLessThanOrEqual(box.x + box.width + 1);
  };
  const stage = section.locator('.network-stage');
  await inside('stage', stage);
  expect((await stage.boundingBox())!.height).toBeGreaterThanOrEqual(180);
  await inside('Fit network', section.getByRole('button', { name: 'Fit network' }));
  await inside('table of ties', section.getByRole('table', { name: 'Ties in view' }));
  // Every node button is inside the picture.
  const stageBox = (await stage.boundingBox())!;
  for (const node of await section.locator('[data-official-id]').all()) {
    const b = (await node.boundingBox())!;
    expect(b.y + b.height / 2).toBeGreaterThanOrEqual(stageBox.y);
    expect(b.y + b.height / 2).toBeLessThanOrEqual(stageBox.y + stageBox.height);
  }
});
