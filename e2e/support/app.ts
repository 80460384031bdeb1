// How the tests find the app's parts: by role and accessible name, as a reader (or a screen reader)
// does, plus the data-* attributes the explorer issue makes a public contract.
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

export const DEFAULT_START = '2018-01-01';
export const DEFAULT_END = '2024-12-31';

export const timeline = (page: Page): Locator => page.getByRole('region', { name: 'Timeline', exact: true });
export const network = (page: Page): Locator => page.getByRole('region', { name: 'Relationship network', exact: true });
export const articlePanel = (page: Page): Locator => page.getByRole('complementary', { name: 'Article', exact: true });
export const filterBox = (page: Page): Locator => page.getByRole('combobox', { name: 'Filter by official' });

export const eventMarks = (page: Page): Locator => timeline(page).locator('[data-event-id]');
export const eventMark = (page: Page, eventId: string): Locator => timeline(page).locator(`[data-event-id="${eventId}"]`);
export const officialNodes = (page: Page): Locator => network(page).locator('[data-official-id]');
export const selectedMarks = (page: Page): Locator => timeline(page).locator('[data-event-id][aria-current="true"]');

/** Open the app (optionally with a query string such as `?event=x`) and wait for the timeline. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(timeline(page)).toBeVisible();
}

/** Open the app and wait until the timeline shows at least one event mark. */
export async function openAppWithEvents(page: Page, query = ''): Promise<void> {
  await openApp(page, query);
  await expect(eventMarks(page).first()).toBeVisible();
}

export async function domain(page: Page): Promise<{ start: string; end: string }> {
  const section = timeline(page);
  return {
    start: (await section.getAttribute('data-domain-start')) ?? '',
    end: (await section.getAttribute('data-domain-end')) ?? '',
  };
}

export async function expectDomain(page: Page, start: string, end: string): Promise<void> {
  await expect(timeline(page)).toHaveAttribute('data-domain-start', start);
  await expect(timeline(page)).toHaveAttribute('data-domain-end', end);
}

/** Ids of the event marks in the timeline, sorted, without duplicates. */
export async function shownEventIds(page: Page): Promise<string[]> {
  const ids = await eventMarks(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''));
  return [...new Set(ids)].sort();
}

export async function expectShownEvents(page: Page, expectedIds: readonly string[]): Promise<void> {
  await expect.poll(() => shownEventIds(page)).toEqual([...expectedIds].sort());
}

/** The data-event-id of the focused element (or of the mark that contains it). */
export async function focusedEventId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id') ?? null);
}

/** Choose an official in the "Filter by official" combobox by typing a query. */
export async function filterBy(page: Page, query: string, officialName: string): Promise<void> {
  const box = filterBox(page);
  await box.fill(query);
  await page.getByRole('option', { name: officialName }).first().click();
  await expect(page.getByRole('button', { name: `Remove ${officialName}` })).toBeVisible();
}

export function searchParam(page: Page, key: string): string | null {
  return new URL(page.url()).searchParams.get(key);
}
