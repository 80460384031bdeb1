// Facets: officials "any of them" or "met together" with the meaning in words; kind, organization and
// place with counts for the current view, AND across facets, in the URL.
import { test, expect } from './fixtures';
import { expectShownEvents, filterBy, openAppWithEvents, searchParam } from './support/app';
import { eventsOf, officialByName, seed } from './support/seed-dataset';

const ids = (events: { id: string }[]) => events.map((e) => e.id);

test('"met together" with Giang and Gerasimov shows only their joint events, and says so', async ({ page }) => {
  const giang = officialByName('Phan Van Giang');
  const gerasimov = officialByName('Valery Gerasimov');
  const joint = seed().eventsByDate.filter((e) => e.officialIds.includes(giang.id) && e.officialIds.includes(gerasimov.id));
  expect(joint.length).toBeGreaterThan(0);
  expect(joint.length).toBeLessThan(eventsOf(giang.id, gerasimov.id).length);

  await openAppWithEvents(page);
  await filterBy(page, 'Giang', giang.name);
  await filterBy(page, 'Gerasimov', gerasimov.name);
  const mode = page.getByRole('group', { name: 'Officials', exact: true });
  await expect(mode.getByRole('radio', { name: 'any of them' })).toBeChecked();
  await expect(mode).toContainText(`Showing events with ${giang.name} or ${gerasimov.name}.`);
  await expectShownEvents(page, ids(eventsOf(giang.id, gerasimov.id)));

  await mode.getByRole('radio', { name: 'met together' }).check();
  await expect(mode).toContainText(`Showing only events in which ${giang.name} and ${gerasimov.name} met together.`);
  await expectShownEvents(page, ids(joint));
  await expect.poll(() => searchParam(page, 'match')).toBe('all');

  // The link keeps the meaning; Back returns to "any of them".
  await openAppWithEvents(page, `?officials=${giang.id},${gerasimov.id}&match=all`);
  await expectShownEvents(page, ids(joint));
  await expect(page.getByRole('radio', { name: 'met together' })).toBeChecked();
});

test('kind and place facets combine with AND, count the current view and go into the URL', async ({ page }) => {
  const events = seed().eventsByDate;
  const talks = events.filter((e) => e.kind === 'talks');
  const moscowTalks = talks.filter((e) => e.location === 'Moscow');
  expect(moscowTalks.length).toBeGreaterThan(0);
  expect(moscowTalks.length).toBeLessThan(talks.length);

  await openAppWithEvents(page);
  const facets = page.getByRole('group', { name: 'More filters' });
  await facets.locator('summary', { hasText: /^Kind/ }).click();
  const talksBox = facets.getByRole('checkbox', { name: `talks ${talks.length} events`, exact: true });
  await talksBox.check();
  await expectShownEvents(page, ids(talks));
  await expect.poll(() => searchParam(page, 'kinds')).toBe('talks');

  await facets.locator('summary', { hasText: /^Place/ }).click();
  const moscowCount = events.filter((e) => e.location === 'Moscow' && e.kind === 'talks').length;
  await facets.getByRole('checkbox', { name: `Moscow ${moscowCount} events` }).check();
  await expectShownEvents(page, ids(moscowTalks));
  await expect.poll(() => searchParam(page, 'places')).toBe('Moscow');
  // The kind facet now counts only the Moscow events.
  await expect(facets.getByRole('checkbox', { name: `talks ${moscowTalks.length} events`, exact: true })).toBeChecked();

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(() => searchParam(page, 'kinds')).toBeNull();
  await expect.poll(() => searchParam(page, 'places')).toBeNull();
});

test('facet links restore the filter; hostile values are ignored', async ({ page }) => {
  const org = seed().dataset.organizations.find((o) => seed().eventsByDate.some((e) => e.organizationIds.includes(o.id)))!;
  const withOrg = seed().eventsByDate.filter((e) => e.organizationIds.includes(org.id));
  await openAppWithEvents(page, `?orgs=${org.id},__proto__,${encodeURIComponent('<b>x</b>')}&kinds=${encodeURIComponent('<script>')},constructor`);
  await expectShownEvents(page, ids(withOrg));
  await expect(page.getByRole('group', { name: 'More filters' }).getByText('Organization · 1 chosen')).toBeVisible();
});
