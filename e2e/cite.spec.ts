// Issue 15: "Cite" opens "Cite this event": six formats, each copied and downloaded as shown.
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { articlePanel, openAppWithEvents } from './support/app';
import { seed, seedArticle } from './support/seed-dataset';

const lf = (text: string) => text.replaceAll('\r\n', '\n');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const FORMATS = [
  ['APA', /-apa\.txt$/],
  ['Chicago', /-chicago\.txt$/],
  ['MLA', /-mla\.txt$/],
  ['BibTeX', /\.bib$/],
  ['RIS', /\.ris$/],
  ['CSL-JSON', /\.csl\.json$/],
] as const;

test('Cite copies and downloads each format, naming the page, the source and the passage', async ({ page }) => {
  const event = seed().eventsByDate.at(-1)!;
  const source = event.sources[0]!;
  const passage = seedArticle(source.articleId).text.slice(source.evidence[0]!.start, source.evidence[0]!.end);
  const outlet = seed().articleById.get(source.articleId)!.source;
  await openAppWithEvents(page, `?event=${event.id}`);
  await articlePanel(page).getByRole('button', { name: 'Cite' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this event' });
  await expect(dialog).toBeVisible();

  for (const [format, fileName] of FORMATS) {
    await dialog.getByRole('tab', { name: format, exact: true }).click();
    await expect(dialog.getByRole('tab', { name: format, exact: true })).toHaveAttribute('aria-selected', 'true');
    const shown = await dialog.getByRole('textbox').inputValue();
    expect(shown, format).toContain(`/events/${event.id}/`);
    expect(shown, format).toContain(outlet);
    expect(shown.replace(/\s+/g, ' '), format).toContain(passage.replace(/\s+/g, ' ').slice(0, 60));

    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect(dialog.getByRole('status')).toHaveText(`${format} citation copied`);
    // A text field shows line ends as LF; RIS is written with CRLF.
    expect(lf(await page.evaluate(() => navigator.clipboard.readText()))).toBe(shown);

    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toMatch(fileName);
    const saved = await readFile(await download.path(), 'utf8');
    expect(lf(saved)).toBe(shown);
    if (format === 'RIS') expect(saved).toContain('ER  - \r\n');
  }

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(articlePanel(page).getByRole('button', { name: 'Cite' })).toBeFocused();
});

test('the format tabs follow the arrow keys', async ({ page }) => {
  const event = seed().eventsByDate[0]!;
  await openAppWithEvents(page, `?event=${event.id}`);
  await articlePanel(page).getByRole('button', { name: 'Cite' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this event' });
  await dialog.getByRole('tab', { name: 'APA' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('tab', { name: 'Chicago' })).toBeFocused();
  await expect(dialog.getByRole('tab', { name: 'Chicago' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(dialog.getByRole('tab', { name: 'CSL-JSON' })).toHaveAttribute('aria-selected', 'true');
});
