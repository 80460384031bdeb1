// The reader's flows on a second corpus (two fictional countries, 1995–2001; see e2e/support/corpus-b-
// site.ts): open, select an event and read its passage, filter, zoom, share. Everything it shows comes
// from that corpus's description, and no page of it names the seed's countries.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { articlePanel, domain, eventMark, eventMarks, expectDomain, expectShownEvents, filterBy, network, officialNodes, openAppWithEvents, searchParam } from './support/app';
import { expectNoSeriousViolations } from './support/axe';
import { corpusB, corpusBArticle } from './support/corpus-b-site';

const FROM = '1995-01-01';
const TO = '2001-12-31';
const SEED_NAMES = /Vietnam|Russia/i;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Nothing in the page (text, title, head, attribute values) names the seed's countries. */
async function expectNoSeedNames(page: Page): Promise<void> {
  const said = await page.evaluate(() => {
    const parts = [document.title, document.documentElement.textContent ?? ''];
    for (const element of document.querySelectorAll('*')) for (const attribute of element.attributes) parts.push(attribute.value);
    return parts.join('\n');
  });
  expect(said.match(SEED_NAMES)?.[0] ?? null, 'a page of the second corpus names a seed country').toBeNull();
}

function rgb(hex: string): string {
  const n = (i: number) => parseInt(hex.slice(i, i + 2), 16);
  return `rgb(${n(1)}, ${n(3)}, ${n(5)})`;
}

test('opens on its own title, parties, colours and span, with every event and official', async ({ page }) => {
  const { dataset, eventsByDate } = corpusB();
  const { corpus } = dataset;
  await openAppWithEvents(page);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(corpus.title);
  await expect(page.locator('.app-description')).toHaveText(corpus.description);
  await expect(page).toHaveTitle(`${corpus.title} — an explorer`);
  await expect(page.getByRole('banner')).toContainText('From 3 news articles: 5 events and 5 officials, 1996–2001.');

  // The default window is the corpus's span, and a link at it says nothing about the window.
  await expectDomain(page, FROM, TO);
  expect(searchParam(page, 'from')).toBeNull();
  await expectShownEvents(page, eventsByDate.map((e) => e.id));
  await expect.poll(() => officialNodes(page).evaluateAll((els) => new Set(els.map((el) => el.getAttribute('data-official-id'))).size)).toBe(5);

  // The legend names the parties in their colours, and the third country's official apart.
  const legend = network(page).getByRole('list', { name: 'Network legend' });
  for (const party of corpus.parties) {
    const item = legend.getByRole('listitem').filter({ hasText: party.name });
    await expect(item.locator('.legend-dot')).toHaveCSS('background-color', rgb(party.colour));
  }
  await expect(legend).toContainText('Other country');
  await expect(network(page).locator('[data-official-id="kari-lunde"]').first()).toHaveAccessibleName('Kari Lunde (Norway), 1 event');
  await expectNoSeedNames(page);
});

test('selecting an event opens its report with the passage highlighted; participants carry their countries', async ({ page }) => {
  const event = corpusB().eventById.get('1998-09-22-rescue-memorandum')!;
  const article = corpusBArticle('b2-rescue-memorandum');
  await openAppWithEvents(page);

  await eventMark(page, event.id).first().click();
  await expect(eventMark(page, event.id).first()).toHaveAttribute('aria-current', 'true');
  const panel = articlePanel(page);
  await expect(panel.getByText(event.title, { exact: true }).first()).toBeVisible();
  const evidence = event.sources[0]!.evidence.map((s) => article.text.slice(s.start, s.end));
  await expect.poll(async () => (await panel.locator('mark').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(expect.arrayContaining(evidence));
  await expect(panel.locator('mark').first()).toBeInViewport();

  // A party's official is named with the party; the third country's with its own name and code.
  const participants = panel.getByRole('list').filter({ hasText: 'Kari Lunde' });
  await expect(participants.getByRole('listitem').filter({ hasText: 'Oren Kask' })).toContainText('(Veldoria)');
  const lunde = participants.getByRole('listitem').filter({ hasText: 'Kari Lunde' });
  await expect(lunde).toContainText('(Norway)');
  await expect(lunde.locator('.country-code')).toHaveText('NO');
  for (const id of event.officialIds) await expect(network(page).locator(`[data-official-id="${id}"][data-highlighted="true"]`).first()).toBeVisible();
  await expectNoSeedNames(page);
  await expectNoSeriousViolations(page);
});

test('the filter, the zoom and a shared link work inside its span', async ({ page, context }) => {
  const marsh = corpusB().officialById.get('teo-marsh')!;
  const marshEvents = corpusB().eventsByDate.filter((e) => e.officialIds.includes(marsh.id));
  await openAppWithEvents(page);

  await filterBy(page, 'marsh', marsh.name);
  await expectShownEvents(page, marshEvents.map((e) => e.id));
  await expect.poll(() => searchParam(page, 'officials')).toBe(marsh.id);

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await domain(page)).start > FROM).toBe(true);
  const zoomed = await domain(page);
  expect(zoomed.start >= '1995' && zoomed.end <= '2002').toBe(true);
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await expectDomain(page, FROM, TO);

  const event = marshEvents[0]!;
  await eventMark(page, event.id).first().click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).pathname).toBe(`/corpus-b/events/${event.id}/`);

  // The event's own page, as a chat preview or a reader without JavaScript gets it: this corpus only.
  const html = await (await page.request.get(link)).text();
  expect(html).toContain(`<h1>${corpusB().dataset.corpus.title}</h1>`);
  expect(html).toContain(event.title);
  expect(html.match(SEED_NAMES)?.[0] ?? null).toBeNull();

  const colleague = await context.newPage();
  await colleague.goto(link);
  await expect(eventMark(colleague, event.id).first()).toHaveAttribute('aria-current', 'true');
  await expect(colleague.getByRole('button', { name: `Remove ${marsh.name}` })).toBeVisible();
  await expectDomain(colleague, FROM, TO);
  await expect(articlePanel(colleague).getByText(event.title, { exact: true }).first()).toBeVisible();
  await expectNoSeedNames(colleague);
});

test.describe('on a phone, in the dark', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, colorScheme: 'dark' });

  test('a tap opens the report; nothing names the seed countries', async ({ page }) => {
    const event = corpusB().eventById.get('1996-03-13-kask-varga-talks')!;
    await openAppWithEvents(page);
    await expect(eventMarks(page)).not.toHaveCount(0);
    await eventMark(page, event.id).first().tap();
    await expect(eventMark(page, event.id).first()).toHaveAttribute('aria-current', 'true');
    await expect(articlePanel(page).locator('mark').first()).toContainText('held talks with Veldorian Defence Minister Oren Kask');
    await expectNoSeedNames(page);
    await expectNoSeriousViolations(page);
  });
});
