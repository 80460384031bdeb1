// An official's profile: opened by link, from a participant in the panel, a name in the article text
// and a search result; names in every form, country, posts with their source passages, events in
// date order, counterparts with counts; Back returns to the event.
import { test, expect } from './fixtures';
import { articlePanel, openAppWithEvents, searchParam } from './support/app';
import { officialByName, seed, seedArticle } from './support/seed-dataset';
import { searchFor } from './support/search';


test("Phan Van Giang's profile shows his names, country, two posts with their sources, events and counterparts", async ({ page }) => {
  const giang = officialByName('Phan Van Giang');
  expect(giang.roles).toHaveLength(2);
  const index = seed();
  await openAppWithEvents(page, `?official=${giang.id}`);
  const panel = articlePanel(page);
  await expect(panel.getByRole('heading', { level: 2, name: giang.name })).toBeVisible();
  await expect(panel).toContainText(giang.nativeName!);
  await expect(panel).toContainText('Vietnam');

  const posts = panel.getByRole('heading', { name: 'Posts' }).locator('xpath=following-sibling::ol[1]').getByRole('listitem');
  await expect(posts).toHaveCount(2);
  const roles = [...giang.roles].sort((a, b) => a.asOf.localeCompare(b.asOf));
  for (const [i, role] of roles.entries()) {
    const passage = seedArticle(role.articleId).text.slice(role.start, role.end).trim();
    await expect(posts.nth(i)).toContainText(role.title);
    await expect(posts.nth(i).locator('blockquote')).toHaveText(passage);
    await expect(posts.nth(i)).toContainText(`Source: ${index.articleById.get(role.articleId)!.title}`);
  }

  const events = index.eventsByDate.filter((e) => e.officialIds.includes(giang.id));
  const eventButtons = panel.getByRole('heading', { name: /^Events/ }).locator('xpath=following-sibling::ol[1]').getByRole('button');
  await expect(eventButtons).toHaveText(events.map((e) => e.title));

  const gerasimov = officialByName('Valery Gerasimov');
  const together = events.filter((e) => e.officialIds.includes(gerasimov.id)).length;
  await expect(panel.getByRole('listitem').filter({ has: page.getByRole('button', { name: gerasimov.name, exact: true }) })).toContainText(
    `${together} ${together === 1 ? 'event' : 'events'} together`,
  );

  // A counterpart opens their own profile; an event opens the event.
  await panel.getByRole('button', { name: gerasimov.name, exact: true }).click();
  await expect(panel.getByRole('heading', { level: 2, name: gerasimov.name })).toBeVisible();
  await expect.poll(() => searchParam(page, 'official')).toBe(gerasimov.id);
});

test('a participant in the panel opens the profile, and Back returns to the event', async ({ page }) => {
  const giang = officialByName('Phan Van Giang');
  const event = seed().eventsByDate.find((e) => e.officialIds.includes(giang.id))!;
  await openAppWithEvents(page, `?event=${event.id}`);
  const panel = articlePanel(page);
  await panel.getByRole('list').first().getByRole('button', { name: giang.name, exact: true }).click();
  await expect(panel.getByRole('heading', { level: 2, name: giang.name })).toBeVisible();
  await expect.poll(() => searchParam(page, 'official')).toBe(giang.id);
  await panel.getByRole('button', { name: '← Back to the event' }).click();
  await expect(panel.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
  await expect.poll(() => searchParam(page, 'official')).toBeNull();
  expect(searchParam(page, 'event')).toBe(event.id);
});

test('a name in the article text opens the profile, which can add the official to the filter', async ({ page }) => {
  const event = seed().eventsByDate.find((e) => e.officialIds.length > 0)!;
  await openAppWithEvents(page, `?event=${event.id}`);
  const name = articlePanel(page).locator('article button[data-official-id]').first();
  const official = seed().officialById.get((await name.getAttribute('data-official-id'))!)!;
  await name.click();
  await expect(articlePanel(page).getByRole('heading', { level: 2, name: official.name })).toBeVisible();
  await articlePanel(page).getByRole('button', { name: `Filter by ${official.name}` }).click();
  await expect(page.getByRole('button', { name: `Remove ${official.name}` })).toBeVisible();
  await expect.poll(() => searchParam(page, 'officials')).toBe(official.id);
});

test('a search for a name offers the profile', async ({ page }) => {
  const fomin = officialByName('Alexander Fomin');
  await openAppWithEvents(page);
  await searchFor(page, 'fomin');
  await page.getByRole('list', { name: 'Matching officials' }).getByRole('button', { name: new RegExp(`Profile of ${fomin.name}`) }).click();
  await expect(articlePanel(page).getByRole('heading', { level: 2, name: fomin.name })).toBeVisible();
  await expect(articlePanel(page)).toContainText(fomin.nativeName!);
});

test('a link to an unknown or hostile official opens no profile', async ({ page }) => {
  await openAppWithEvents(page, `?official=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(articlePanel(page).getByRole('heading', { name: 'Pick an event' })).toBeVisible();
  await openAppWithEvents(page, '?official=__proto__');
  await expect(articlePanel(page).getByRole('heading', { name: 'Pick an event' })).toBeVisible();
});
