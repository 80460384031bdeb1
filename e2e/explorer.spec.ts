// Issue 4, "What a reader does": open, click an event, filter by an official, zoom.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  articlePanel,
  DEFAULT_END,
  DEFAULT_START,
  domain,
  eventMark,
  eventMarks,
  expectDomain,
  expectShownEvents,
  filterBox,
  filterBy,
  focusedEventId,
  network,
  officialNodes,
  openAppWithEvents,
  selectedMarks,
  timeline,
} from './support/app';
import { eventsIn, eventsOf, eventWithTie, evidenceTexts, officialByName, seed, seedArticle, seedDataset } from './support/seed-dataset';

// The network marks the selected event's participants (and the filtered officials) on their node buttons.
const HIGHLIGHTED = '[data-highlighted="true"]';

test('opening the app shows every event, every official, the title and the description', async ({ page }) => {
  const data = seedDataset();
  await openAppWithEvents(page);

  await expectDomain(page, DEFAULT_START, DEFAULT_END);
  await expectShownEvents(page, eventsIn(DEFAULT_START, DEFAULT_END).map((e) => e.id));
  for (const event of data.events) {
    // Each mark is named by its date and title.
    await expect(eventMark(page, event.id).first()).toHaveAccessibleName(new RegExp(escapeRegExp(event.title)));
  }

  await expect(network(page)).toBeVisible();
  const officialIds = () => officialNodes(page).evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-official-id')))].sort());
  await expect.poll(officialIds).toEqual(data.officials.map((o) => o.id).sort());

  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The description line says how much data there is and which years.
  const header = page.getByRole('banner');
  await expect(header.getByText(new RegExp(`(?<!\\d)${data.articles.length} (news )?articles`)).first()).toBeVisible();
  await expect(header.getByText(new RegExp(`(?<!\\d)${data.events.length} events`)).first()).toBeVisible();
  await expect(header.getByText(new RegExp(`(?<!\\d)${data.officials.length} officials`)).first()).toBeVisible();
  await expect(header).toContainText(/2018\s*[–-]\s*2024/);
});

test('clicking an event marks it, opens its article with the evidence highlighted, and lights up its participants', async ({ page }) => {
  const event = eventWithTie();
  const source = event.sources[0]!;
  const article = seedArticle(source.articleId);
  const meta = seed().articleById.get(source.articleId)!;
  await openAppWithEvents(page);

  await eventMark(page, event.id).first().click();

  await expect(eventMark(page, event.id).first()).toHaveAttribute('aria-current', 'true');
  await expect(selectedMarks(page)).toHaveCount(1);
  const panel = articlePanel(page);
  await expect(panel.getByText(event.title, { exact: true }).first()).toBeVisible();
  await expect(panel.getByText(meta.title, { exact: true }).first()).toBeVisible();

  // The marked passages are exactly the dataset's evidence slices of the first source article.
  const marks = panel.locator('mark');
  await expect(marks.first()).toBeVisible();
  const expected = evidenceTexts(event, article);
  await expect.poll(async () => normalise(await marks.allTextContents())).toEqual(expect.arrayContaining(normalise(expected)));
  await expect(marks.first()).toBeInViewport();

  // Participants (and only they) are highlighted in the network.
  for (const officialId of event.officialIds) {
    await expect(network(page).locator(`[data-official-id="${officialId}"]${HIGHLIGHTED}`).first()).toBeVisible();
  }
  const highlighted = () =>
    network(page)
      .locator(`[data-official-id]${HIGHLIGHTED}`)
      .evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-official-id')))].sort());
  await expect.poll(highlighted).toEqual([...event.officialIds].sort());
});

test('the filter finds an official by name ignoring case and diacritics, and narrows the timeline', async ({ page }) => {
  const giang = officialByName('Phan Van Giang');
  await openAppWithEvents(page);

  for (const query of ['phan văn giang', 'PHAN VAN', 'Giang']) {
    await filterBox(page).fill(query);
    await expect(page.getByRole('option', { name: /Phan Van Giang/ }).first()).toBeVisible();
  }
  await filterBy(page, 'phan văn giang', 'Phan Van Giang');

  await expectShownEvents(page, eventsOf(giang.id).map((e) => e.id));

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('button', { name: 'Remove Phan Van Giang' })).toHaveCount(0);
  await expectShownEvents(page, eventsIn(DEFAULT_START, DEFAULT_END).map((e) => e.id));
});

test('a chip removes its official from the filter', async ({ page }) => {
  const giang = officialByName('Phan Van Giang');
  const other = seedDataset().officials.find((o) => o.id !== giang.id && (eventsOf(o.id).length ?? 0) > 0)!;
  await openAppWithEvents(page);
  await filterBy(page, 'Giang', 'Phan Van Giang');
  await filterBy(page, other.name, other.name);
  await expectShownEvents(page, eventsOf(giang.id, other.id).map((e) => e.id));

  await page.getByRole('button', { name: 'Remove Phan Van Giang' }).click();
  await expectShownEvents(page, eventsOf(other.id).map((e) => e.id));
});

test('the zoom buttons, the keys + - 0 and the wheel change the visible window', async ({ page }) => {
  await openAppWithEvents(page);
  await expectDomain(page, DEFAULT_START, DEFAULT_END);

  await page.getByRole('button', { name: 'Zoom in' }).click();
  const zoomedIn = await narrowerThanBefore(page, { start: DEFAULT_START, end: DEFAULT_END });
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await narrowerThanBefore(page, zoomedIn, 'wider');
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await expectDomain(page, DEFAULT_START, DEFAULT_END);

  // Keys act while focus is anywhere in the timeline: first on an event, then (since the zoom may
  // take the focused event out of view) on the timeline's toolbar, as a keyboard user Tabs back in.
  await expectShownEvents(page, eventsIn(DEFAULT_START, DEFAULT_END).map((e) => e.id));
  await eventMarks(page).first().focus();
  await page.keyboard.press('+');
  const keyedIn = await narrowerThanBefore(page, { start: DEFAULT_START, end: DEFAULT_END });
  const focusTimeline = () => timeline(page).getByRole('button', { name: 'Zoom in' }).focus();
  await focusTimeline();
  await page.keyboard.press('+');
  const keyedInTwice = await narrowerThanBefore(page, keyedIn);
  await focusTimeline();
  await page.keyboard.press('-');
  await narrowerThanBefore(page, keyedInTwice, 'wider');
  await focusTimeline();
  await page.keyboard.press('0');
  await expectDomain(page, DEFAULT_START, DEFAULT_END);

  // The wheel zooms around the pointer.
  const box = (await timeline(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -600);
  const wheeled = await narrowerThanBefore(page, { start: DEFAULT_START, end: DEFAULT_END });

  // A trackpad pinch reaches the page as a wheel event with ctrlKey set.
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -60);
  await page.keyboard.up('Control');
  await narrowerThanBefore(page, wheeled);
});

test('dragging the timeline pans the window without zooming', async ({ page }) => {
  await openAppWithEvents(page, '?from=2019-01-01&to=2019-12-31');
  const before = await domain(page);
  // Grab the plot below its marks (the lanes start at the top), between two ticks.
  const box = (await timeline(page).locator('.timeline-surface').boundingBox())!;
  const y = box.y + box.height - 20;
  await page.mouse.move(box.x + box.width * 0.7, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, y, { steps: 8 });
  await page.mouse.move(box.x + box.width * 0.3, y, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await domain(page)).start > before.start).toBe(true);
  const after = await domain(page);
  const days = (d: { start: string; end: string }) => (Date.parse(d.end) - Date.parse(d.start)) / 86_400_000;
  expect(Math.abs(days(after) - days(before))).toBeLessThanOrEqual(1);
});

test('in 2019 the arrow keys walk the events in date order, Enter selects, Escape clears', async ({ page }) => {
  const walk = eventsIn('2019-01-01', '2019-12-31');
  expect(walk.length, 'the seed has events in 2019').toBeGreaterThan(1);
  await openAppWithEvents(page, '?from=2019-01-01&to=2019-12-31');
  await expectDomain(page, '2019-01-01', '2019-12-31');

  await eventMark(page, walk[0]!.id).first().focus();
  for (const event of walk.slice(1)) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedEventId(page)).toBe(event.id);
  }
  for (const event of walk.slice(0, -1).reverse()) {
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => focusedEventId(page)).toBe(event.id);
  }
  await page.keyboard.press('Enter');
  await expect(eventMark(page, walk[0]!.id).first()).toHaveAttribute('aria-current', 'true');
  await expect(articlePanel(page).getByText(walk[0]!.title, { exact: true }).first()).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(selectedMarks(page)).toHaveCount(0);
});

test('an event selected from elsewhere is brought into view', async ({ page }) => {
  const june = eventsIn('2019-06-01', '2019-06-30');
  const last = june[june.length - 1]!;
  const next = seed().eventsByDate[seed().positionById.get(last.id)! + 1]!;
  expect(next.date > '2019-06-30', 'the next event lies after June 2019').toBe(true);
  await openAppWithEvents(page, `?event=${last.id}&from=2019-06-01&to=2019-06-30`);
  await expect(eventMark(page, last.id).first()).toHaveAttribute('aria-current', 'true');

  await articlePanel(page).getByRole('button', { name: /Next event/ }).click();
  await expect(eventMark(page, next.id).first()).toHaveAttribute('aria-current', 'true');
  await expect(eventMark(page, next.id).first()).toBeInViewport();
  const shown = await domain(page);
  expect(shown.start <= next.date && next.date <= shown.end, `${next.date} within ${shown.start}..${shown.end}`).toBe(true);
});

/** Waits until the window is narrower (or wider) than `before`, and returns it. */
async function narrowerThanBefore(
  page: Page,
  before: { start: string; end: string },
  direction: 'narrower' | 'wider' = 'narrower',
): Promise<{ start: string; end: string }> {
  const span = (d: { start: string; end: string }) => Date.parse(d.end) - Date.parse(d.start);
  await expect
    .poll(async () => {
      const now = await domain(page);
      return direction === 'narrower' ? span(now) < span(before) : span(now) > span(before);
    })
    .toBe(true);
  return domain(page);
}

function normalise(texts: readonly string[]): string[] {
  return texts.map((t) => t.replace(/\s+/g, ' ').trim());
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
