// Issue 4: "Copy link" shares event, filter and window; Back and Forward walk the selections;
// the article panel's name links filter and its Previous/Next buttons walk the events.
import { test, expect } from './fixtures';
import {
  articlePanel,
  domain,
  eventMark,
  expectDomain,
  filterBy,
  openAppWithEvents,
  searchParam,
  selectedMarks,
} from './support/app';
import { eventsIn, officialByName, seed } from './support/seed-dataset';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('"Copy link" copies a link that opens the same event, filter and window', async ({ page, context }) => {
  const giang = officialByName('Phan Van Giang');
  const inWindow = eventsIn('2019-01-01', '2019-12-31').filter((e) => e.officialIds.includes(giang.id));
  const event = inWindow[0] ?? eventsIn('2019-01-01', '2019-12-31')[0]!;
  await openAppWithEvents(page, '?from=2019-01-01&to=2019-12-31');
  await filterBy(page, 'Giang', 'Phan Van Giang');
  await eventMark(page, event.id).first().click();
  await expect(eventMark(page, event.id).first()).toHaveAttribute('aria-current', 'true');
  const shownWindow = await domain(page);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText(/copied/i).first()).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // The event's own page (which previews it in a chat), the rest as parameters.
  expect(new URL(link).pathname).toBe(`/events/${event.id}/`);

  const colleague = await context.newPage();
  await colleague.goto(link);
  await expect(eventMark(colleague, event.id).first()).toHaveAttribute('aria-current', 'true');
  await expect(colleague.getByRole('button', { name: 'Remove Phan Van Giang' })).toBeVisible();
  await expectDomain(colleague, shownWindow.start, shownWindow.end);
  await expect(articlePanel(colleague).getByText(event.title, { exact: true }).first()).toBeVisible();
});

test('Back and Forward walk the selections and the filter', async ({ page }) => {
  const [a, b] = seed().eventsByDate;
  await openAppWithEvents(page);

  await eventMark(page, a!.id).first().click();
  await expect.poll(() => searchParam(page, 'event')).toBe(a!.id);
  await eventMark(page, b!.id).first().click();
  await expect.poll(() => searchParam(page, 'event')).toBe(b!.id);
  await filterBy(page, 'Giang', 'Phan Van Giang');
  await expect.poll(() => searchParam(page, 'officials')).toBe(officialByName('Phan Van Giang').id);

  await page.goBack();
  await expect(page.getByRole('button', { name: 'Remove Phan Van Giang' })).toHaveCount(0);
  await expect(eventMark(page, b!.id).first()).toHaveAttribute('aria-current', 'true');
  expect(searchParam(page, 'event')).toBe(b!.id);

  await page.goBack();
  await expect(eventMark(page, a!.id).first()).toHaveAttribute('aria-current', 'true');
  expect(searchParam(page, 'event')).toBe(a!.id);
  await expect(selectedMarks(page)).toHaveCount(1);

  await page.goForward();
  await expect(eventMark(page, b!.id).first()).toHaveAttribute('aria-current', 'true');
  expect(searchParam(page, 'event')).toBe(b!.id);
});

test('zooming replaces the history entry instead of adding one', async ({ page }) => {
  const [a] = seed().eventsByDate;
  await openAppWithEvents(page);
  await eventMark(page, a!.id).first().click();
  await expect.poll(() => searchParam(page, 'event')).toBe(a!.id);
  const entries = await page.evaluate(() => history.length);

  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => searchParam(page, 'from')).not.toBeNull();
  const shown = await domain(page);
  await expect.poll(() => searchParam(page, 'from')).toBe(shown.start);
  expect(searchParam(page, 'to')).toBe(shown.end);
  expect(await page.evaluate(() => history.length)).toBe(entries);

  // Back leaves the selection (the zoom was part of it), not one zoom step.
  await page.goBack();
  await expect(selectedMarks(page)).toHaveCount(0);
  expect(searchParam(page, 'event')).toBeNull();
});

test("an official's name in the article opens their profile, from which it filters by that official", async ({ page }) => {
  const index = seed();
  // An event whose article names one of its participants (the dataset's mentions become links).
  const event = index.eventsByDate.find((e) => e.officialIds.length > 0)!;
  await openAppWithEvents(page, `?event=${event.id}`);
  const panel = articlePanel(page);
  await expect(panel.locator('mark').first()).toBeVisible();

  const nameLinks = panel.locator('article a[data-official-id], article button[data-official-id], a[data-official-id], button[data-official-id]');
  await expect(nameLinks.first()).toBeVisible();
  const officialId = (await nameLinks.first().getAttribute('data-official-id'))!;
  const official = index.officialById.get(officialId)!;
  await nameLinks.first().click();
  await panel.getByRole('button', { name: `Filter by ${official.name}` }).click();

  await expect(page.getByRole('button', { name: `Remove ${official.name}` })).toBeVisible();
  await expect.poll(() => searchParam(page, 'officials')).toBe(officialId);
});

test('Previous and Next event buttons walk the events in date order', async ({ page }) => {
  const events = seed().eventsByDate;
  const middle = Math.floor(events.length / 2);
  const [before, current, after] = [events[middle - 1]!, events[middle]!, events[middle + 1]!];
  await openAppWithEvents(page, `?event=${current.id}`);
  const panel = articlePanel(page);
  await expect(panel.getByText(current.title, { exact: true }).first()).toBeVisible();

  await panel.getByRole('button', { name: /Next event/ }).click();
  await expect(eventMark(page, after.id).first()).toHaveAttribute('aria-current', 'true');
  await expect(panel.getByText(after.title, { exact: true }).first()).toBeVisible();

  await panel.getByRole('button', { name: /Previous event/ }).click();
  await panel.getByRole('button', { name: /Previous event/ }).click();
  await expect(eventMark(page, before.id).first()).toHaveAttribute('aria-current', 'true');
  await expect(panel.getByText(before.title, { exact: true }).first()).toBeVisible();
});
