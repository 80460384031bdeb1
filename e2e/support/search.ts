// Helpers for the search, facet and profile tests: the search field and its results, found by role
// and name, and the seed's facts they check (read from the served dataset, never hard-coded).
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { seed, seedArticle } from './seed-dataset';

export const searchBox = (page: Page): Locator => page.getByRole('searchbox', { name: 'Search' });
export const searchResults = (page: Page): Locator => page.getByRole('list', { name: 'Search results' });
export const searchStatus = (page: Page): Locator => page.getByRole('search').getByRole('status');

/** Ids of the events whose articles contain `word` (any case): what a search for it must find. */
export function eventsOfArticlesWith(word: RegExp): string[] {
  const index = seed();
  const articles = new Set(index.dataset.articles.map((a) => a.id).filter((id) => word.test(seedArticle(id).text)));
  return index.eventsByDate.filter((e) => e.sources.some((s) => articles.has(s.articleId))).map((e) => e.id);
}

/** Type a query into the search field (focused with "/", as a keyboard user would). */
export async function searchFor(page: Page, query: string): Promise<void> {
  // "/" only focuses the field from outside a text field (inside one it is just a character).
  await expect(searchBox(page)).toBeVisible();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.locator('body').press('/');
  await expect(searchBox(page)).toBeFocused();
  await searchBox(page).fill(query);
}

export const countText = (n: number): string => (n === 1 ? '1 event matches' : `${n} events match`);
