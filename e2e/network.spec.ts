// Issue 4 §4: the network is linked to everything else. Its node buttons filter, its table of ties
// follows the filter and the window, and a tie lists the events behind it, each of which selects.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { articlePanel, eventMark, expectShownEvents, filterBy, network, openAppWithEvents } from './support/app';
import { eventsIn, eventsOf, officialByName, seed } from './support/seed-dataset';
import type { DefenceEvent } from '../src/data/schema';

/** "A — B" for every pair of officials who share one of `events`, names in sorted order. */
function expectedTies(events: readonly DefenceEvent[]): string[] {
  const index = seed();
  const ties = new Set<string>();
  for (const event of events) {
    const names = [...new Set(event.officialIds)].map((id) => index.officialById.get(id)?.name).filter((n): n is string => !!n);
    for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) ties.add([names[i]!, names[j]!].sort().join(' — '));
  }
  return [...ties].sort();
}

async function shownTies(page: Page): Promise<string[]> {
  const table = network(page).getByRole('table', { name: 'Ties in view' });
  const cells = await table.locator('[role="row"] [role="cell"]:first-child').allTextContents();
  return cells.map((who) => who.split(' — ').map((n) => n.trim()).sort().join(' — ')).sort();
}

test('clicking an official in the network filters by that official', async ({ page }) => {
  const giang = officialByName('Phan Van Giang');
  await openAppWithEvents(page);
  await network(page).locator(`[data-official-id="${giang.id}"]`).first().click();
  await expect(page.getByRole('button', { name: 'Remove Phan Van Giang' })).toBeVisible();
  await expectShownEvents(page, eventsOf(giang.id).map((e) => e.id));
});

test("a node's actions open the official's profile, by pointer and by keyboard", async ({ page }) => {
  const giang = officialByName('Phan Van Giang');
  await openAppWithEvents(page);
  const node = network(page).locator(`[data-official-id="${giang.id}"]`).first();
  await node.click();
  const actions = network(page).getByRole('group', { name: 'Actions for Phan Van Giang' });
  await actions.getByRole('button', { name: 'Open profile' }).click();
  await expect(actions).toBeHidden();
  await expect.poll(() => new URL(page.url()).searchParams.get('official')).toBe(giang.id);
  await expect(articlePanel(page).getByRole('heading', { level: 2, name: 'Phan Van Giang' })).toBeVisible();

  // From the keyboard: Enter filters and moves focus into the actions; Escape gives it back to the node.
  await articlePanel(page).getByRole('button', { name: /^← Back to/ }).click();
  await page.getByRole('button', { name: 'Remove Phan Van Giang' }).click();
  await node.focus();
  await page.keyboard.press('Enter');
  await expect(actions.getByRole('button', { name: 'Open profile' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(actions).toBeHidden();
  await expect(node).toBeFocused();
  await node.press('Enter');
  await page.keyboard.press('Tab');
  await expect(actions.getByRole('button', { name: 'Remove from filter' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove Phan Van Giang' })).toBeHidden();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("a node's Open profile brings the profile, below the network, into view", async ({ page }) => {
    const giang = officialByName('Phan Van Giang');
    await openAppWithEvents(page);
    await network(page).locator(`[data-official-id="${giang.id}"]`).first().tap();
    await network(page).getByRole('group', { name: 'Actions for Phan Van Giang' }).getByRole('button', { name: 'Open profile' }).tap();
    await expect(articlePanel(page).getByRole('heading', { level: 2, name: 'Phan Van Giang' })).toBeInViewport();
  });
});

test('the table of ties follows the filter and the time window', async ({ page }) => {
  const giang = officialByName('Phan Van Giang');
  await openAppWithEvents(page);
  await expect.poll(() => shownTies(page)).toEqual(expectedTies(seed().eventsByDate));

  await filterBy(page, 'Giang', 'Phan Van Giang');
  await expect.poll(() => shownTies(page)).toEqual(expectedTies(eventsOf(giang.id)));

  await openAppWithEvents(page, '?from=2019-01-01&to=2019-12-31');
  await expect.poll(() => shownTies(page)).toEqual(expectedTies(eventsIn('2019-01-01', '2019-12-31')));
});

test('a tie lists the events behind it, and each one selects its event', async ({ page }) => {
  const index = seed();
  const event = index.eventsByDate.find((e) => e.officialIds.length >= 2)!;
  const [a, b] = [index.officialById.get(event.officialIds[0]!)!, index.officialById.get(event.officialIds[1]!)!];
  const together = index.eventsByDate.filter((e) => e.officialIds.includes(a.id) && e.officialIds.includes(b.id));
  await openAppWithEvents(page);

  const showEvents = network(page).getByRole('button', { name: new RegExp(`^Show the events of (${a.name} and ${b.name}|${b.name} and ${a.name})$`) });
  await showEvents.click();
  const list = network(page).getByRole('region', { name: /^Events of / });
  await expect(list.getByRole('button', { name: new RegExp(escapeRegExp(event.title)) })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(together.length);

  await list.getByRole('button', { name: new RegExp(escapeRegExp(event.title)) }).click();
  await expect(eventMark(page, event.id).first()).toHaveAttribute('aria-current', 'true');
  await expect(articlePanel(page).getByRole('heading', { name: event.title })).toBeVisible();
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
