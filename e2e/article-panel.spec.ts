// Issue 4 §5: the panel describes the selected event (date with its precision in words, place,
// participants with their titles) and shows every source article in full with its passages marked.
import { test, expect } from './fixtures';
import { articlePanel, openAppWithEvents } from './support/app';
import { evidenceTexts, seed, seedArticle } from './support/seed-dataset';

test('with nothing selected the panel invites the reader to pick an event', async ({ page }) => {
  await openAppWithEvents(page);
  await expect(articlePanel(page)).toContainText(/pick an event|select an event|choose an event/i);
  await expect(articlePanel(page).locator('mark')).toHaveCount(0);
});

test('a range-dated event says which days and that the day is not reported', async ({ page }) => {
  // The issue's own example: talks held during a visit "August 13-19" (2019).
  const event = seed().eventsByDate.find((e) => e.datePrecision === 'range' && e.date === '2019-08-13' && e.endDate === '2019-08-19')!;
  await openAppWithEvents(page, `?event=${event.id}`);
  await expect(articlePanel(page)).toContainText('13–19 Aug 2019, day not reported');
});

test('every event shows its place, participants and every source article with all its passages', async ({ page }) => {
  const index = seed();
  test.slow(); // one page load per event
  for (const event of index.eventsByDate) {
    await openAppWithEvents(page, `?event=${event.id}`);
    const panel = articlePanel(page);
    await expect(panel.getByRole('heading', { name: event.title })).toBeVisible();
    if (event.location) await expect(panel).toContainText(event.location);
    for (const officialId of event.officialIds) await expect(panel).toContainText(index.officialById.get(officialId)!.name);

    const sources = panel.getByRole('article');
    await expect(sources).toHaveCount(event.sources.length);
    for (const source of event.sources) {
      const meta = index.articleById.get(source.articleId)!;
      const shown = panel.getByRole('article', { name: new RegExp(escapeRegExp(meta.title)) });
      await expect(shown).toContainText(meta.source);
      if (meta.url) await expect(shown.getByRole('link', { name: /original/i })).toHaveAttribute('href', meta.url);
      const marks = shown.locator('mark');
      await expect(marks.first()).toBeVisible();
      const texts = (await marks.allTextContents()).map(squash);
      expect(texts, `passages of ${event.id} in ${source.articleId}`).toEqual(evidenceTexts(event, seedArticle(source.articleId)).map(squash));
    }
  }
});

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
