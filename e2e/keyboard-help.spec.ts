// Issue 15: `?` and the "Keyboard shortcuts" button open a dialog listing every key.
import { test, expect } from './fixtures';
import { filterBox, openAppWithEvents } from './support/app';

test('"?" and the button open "Keyboard shortcuts", which lists the keys', async ({ page }) => {
  await openAppWithEvents(page);
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const key of ['?', '←', '→', '+', '-', '0', 'Escape', 'Enter', 'Home', 'End']) await expect(dialog.locator('kbd', { hasText: key }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeFocused();

  await page.locator('body').press('?');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');

  // Typed into a text field, "?" is text.
  await filterBox(page).fill('');
  await filterBox(page).press('?');
  await expect(dialog).toBeHidden();
  await expect(filterBox(page)).toHaveValue('?');
});
