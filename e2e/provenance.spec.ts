// Provenance a reader can check: no view prints a day the data does not have; each highlighted passage
// says what it supports; each fact in the event header links to its passage; each source says its
// outlet, its date as printed and links to the original.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { articlePanel, eventMark, network, openAppWithEvents } from './support/app';
import { seed, seedArticle } from './support/seed-dataset';
import { formatEventDate, formatEventSpan } from '../src/lib/day-format';
import type { DefenceEvent, EvidenceClaim } from '../src/data/schema';

const DAY = /\b\d{1,2}(?:–\d{1,2})? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/;
const CLAIM_WORDS: Record<EvidenceClaim, string> = { who: 'who met', when: 'when', where: 'where', what: 'what happened' };

/** What a view prints for an event must be the formatter's words, and never a day for a month or a year. */
function expectHonestDate(printed: string, event: DefenceEvent, where: string): void {
  expect(printed, `${where}: ${event.id}`).toContain(formatEventDate(event));
  if (event.datePrecision === 'month' || event.datePrecision === 'year') expect(printed, `${where}: ${event.id}`).not.toMatch(DAY);
}

/** The first line of the panel's Date fact: the date itself, before its link, honest line and note. */
async function panelDate(page: Page): Promise<string> {
  const date = articlePanel(page).getByRole('definition').first();
  return date.evaluate((dd) => dd.firstChild?.textContent ?? '');
}

test('no view prints a day for an event that has none: timeline names and tooltips, panel, tie list and ties table', async ({ page }) => {
  test.slow(); // one page load per event
  const index = seed();
  for (const event of index.eventsByDate) {
    await openAppWithEvents(page, `?event=${event.id}`);
    const mark = eventMark(page, event.id).first();
    expectHonestDate((await mark.getAttribute('aria-label')) ?? '', event, 'timeline name');
    expectHonestDate((await mark.getAttribute('title')) ?? '', event, 'timeline tooltip');
    await expect(articlePanel(page).getByRole('heading', { name: event.title })).toBeVisible();
    expect(await panelDate(page), `panel date of ${event.id}`).toBe(formatEventDate(event));
  }

  // The network: every tie's "When" and every event in every tie's list.
  await openAppWithEvents(page);
  const table = network(page).getByRole('table', { name: 'Ties in view' });
  const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  for (let r = 0; r < count; r++) {
    const row = rows.nth(r);
    const [who, , when] = await row.getByRole('cell').allTextContents();
    const [nameA, nameB] = who!.split(' — ').map((n) => n.trim());
    const ids = [nameA, nameB].map((name) => index.dataset.officials.find((o) => o.name === name)!.id);
    const together = index.eventsByDate.filter((e) => ids.every((id) => e.officialIds.includes(id)));
    expect(when, `When of ${who}`).toBe(formatEventSpan(together[0]!, together.at(-1)!));
    if (together.every((e) => e.datePrecision === 'month' || e.datePrecision === 'year')) expect(when).not.toMatch(DAY);

    await row.getByRole('button', { name: /^Show the events of / }).click();
    const list = network(page).getByRole('region', { name: /^Events of / });
    for (const event of together) expectHonestDate(await list.getByRole('button', { name: event.title, exact: false }).innerText(), event, 'tie list');
    await list.getByRole('button', { name: 'Close list' }).click();
  }
});

/** An event whose passages support several different claims, in a single source. */
function eventWithManyClaims(): DefenceEvent {
  const found = seed().eventsByDate.find((e) => e.sources.length === 1 && new Set(e.sources[0]!.evidence.map((s) => s.supports.join())).size >= 3);
  if (!found) throw new Error('no event in the seed whose passages support three different sets of claims');
  return found;
}

test('each highlighted passage is labelled with what it supports, for eyes and screen readers', async ({ page }) => {
  const event = eventWithManyClaims();
  await openAppWithEvents(page, `?event=${event.id}`);
  const source = articlePanel(page).getByRole('article');
  const marks = source.locator('mark');
  const evidence = event.sources[0]!.evidence;
  await expect(marks).toHaveCount(evidence.length);
  const text = seedArticle(event.sources[0]!.articleId).text;
  for (const [i, span] of evidence.entries()) {
    const mark = marks.nth(i);
    await expect(mark).toHaveText(text.slice(span.start, span.end).replace(/\s+/g, ' ').trim());
    await expect(mark).toHaveAttribute('data-supports', span.supports.join(' '));
    // The label just before the passage: visible words, and a sentence for a screen reader.
    const label: Locator = mark.locator('xpath=preceding-sibling::*[1]');
    await expect(label).toBeVisible();
    await expect(label).toHaveText(new RegExp(`^Passage: ${span.supports.map((c) => CLAIM_WORDS[c]).join('.*, ')}\\.\\s*$`));
    expect(await label.locator('.claim').allInnerTexts()).toEqual(span.supports.map((c) => CLAIM_WORDS[c]));
  }
});

test('each fact in the event header links to the passage that says it', async ({ page }) => {
  const event = seed().eventsByDate.find((e) => e.location !== null && e.officialIds.length >= 2 && e.datePrecision === 'day')!;
  await openAppWithEvents(page, `?event=${event.id}`);
  const panel = articlePanel(page);
  await expect(panel.locator('mark').first()).toBeVisible();
  for (const claim of ['when', 'where', 'who', 'what'] as const) {
    const link = panel.getByRole('link', { name: `See passage that says ${CLAIM_WORDS[claim]}` });
    await expect(link).toHaveText('see passage');
    await link.click();
    const focused = page.locator('mark:focus');
    await expect(focused).toHaveAttribute('data-supports', new RegExp(`\\b${claim}\\b`));
    await expect(focused).toBeInViewport();
  }
  expect(new URL(page.url()).hash).toBe('');
  await expect(panel.getByRole('definition').first()).toContainText(`${formatEventDate(event)} — see passage`);
});

test('a date whose year is not printed says so; each source gives its date as printed and links to the original', async ({ page }) => {
  const index = seed();
  const outside = index.dataset.articles.find((a) => a.outsideYear !== undefined)!;
  const event = index.eventsByDate.find((e) => e.sources.some((s) => s.articleId === outside.id))!;
  await openAppWithEvents(page, `?event=${event.id}`);
  const panel = articlePanel(page);
  await expect(panel.getByRole('definition').first()).toContainText(`Year not printed in the article: ${outside.outsideYear} is from other reporting`);
  const source = panel.getByRole('article');
  await expect(source).toContainText('date not printed');

  const printed = index.dataset.articles.find((a) => a.publishedAtQuote !== undefined && a.url !== null)!;
  const printedEvent = index.eventsByDate.find((e) => e.sources.some((s) => s.articleId === printed.id))!;
  await openAppWithEvents(page, `?event=${printedEvent.id}`);
  const shown = articlePanel(page).getByRole('article');
  await expect(shown).toContainText(`dated “${printed.publishedAtQuote}”`);
  const original = shown.getByRole('link', { name: /original article .*external site, opens in a new tab/i });
  await expect(original).toHaveAttribute('href', printed.url!);
  await expect(original).toHaveAttribute('target', '_blank');
  await expect(original).toHaveAttribute('rel', 'noopener noreferrer');
});

test('a title dated only by the event it was reported with says "as reported in" its article', async ({ page }) => {
  const index = seed();
  const official = index.dataset.officials.find((o) => o.roles.some((r) => r.asOfEnd !== undefined))!;
  const role = official.roles.find((r) => r.asOfEnd !== undefined)!;
  const event = index.eventsByDate.find((e) => e.officialIds.includes(official.id) && e.sources.some((s) => s.articleId === role.articleId))!;
  await openAppWithEvents(page, `?event=${event.id}`);
  const article = index.articleById.get(role.articleId)!;
  await expect(articlePanel(page).getByRole('listitem').filter({ hasText: official.name })).toContainText(`as reported in “${article.title}”`);
});
