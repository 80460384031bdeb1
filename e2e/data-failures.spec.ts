// Issue 5 §3: when the dataset or one article fails to load or is invalid, the reader gets a clear
// message (role="alert") and a Retry that recovers once the data is back; never a blank page.
import type { Page, Route } from '@playwright/test';
import { test, expect, FAILED_RESOURCE } from './fixtures';
import { articlePanel, DEFAULT_END, DEFAULT_START, eventMark, eventMarks, expectShownEvents, network, officialNodes, openAppWithEvents, timeline } from './support/app';
import { eventsIn, eventWithTie, seedArticle, seedDataset } from './support/seed-dataset';

interface Failure {
  name: string;
  /** What the alert must say (case-insensitive). */
  message: RegExp;
  respond(route: Route): Promise<void>;
}

const json = (body: unknown) => ({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });

function failures(kind: 'dataset' | 'article'): Failure[] {
  const dataset = seedDataset();
  const realBody = () => JSON.stringify(kind === 'dataset' ? dataset : seedArticle(dataset.articles[0]!.id));
  return [
    { name: 'network error', message: /reach|network|connection/i, respond: (r) => r.abort('failed') },
    { name: 'HTTP 404', message: /not found|404/i, respond: (r) => r.fulfill({ status: 404, body: 'Not found' }) },
    { name: 'HTTP 500', message: /500|server/i, respond: (r) => r.fulfill({ status: 500, body: 'Internal error' }) },
    { name: 'HTTP 503', message: /503|server/i, respond: (r) => r.fulfill({ status: 503, body: 'Unavailable' }) },
    {
      name: 'truncated JSON',
      message: /damaged|json|complete/i,
      respond: (r) => r.fulfill({ status: 200, contentType: 'application/json', body: realBody().slice(0, 200) }),
    },
    {
      name: 'JSON of the wrong shape',
      message: /shape|invalid|expected/i,
      respond: (r) => r.fulfill(json(kind === 'dataset' ? { schemaVersion: 2, events: 'none' } : { id: 42, text: null })),
    },
    ...(kind === 'dataset'
      ? [1, 3].map((version) => ({
          name: `unknown schemaVersion ${version}`,
          message: /version/i,
          respond: (r: Route) => r.fulfill(json({ ...dataset, schemaVersion: version })),
        }))
      : []),
  ];
}

const DATASET = '**/data/dataset.json';
const ARTICLES = '**/data/articles/*.json';

test.describe('the dataset fails', () => {
  // Chromium logs its own line for a failed or non-2xx response; that, and only that, is expected.
  test.use({ allowedConsoleErrors: [FAILED_RESOURCE] });

  for (const failure of failures('dataset')) {
    test(`${failure.name}: an alert says what went wrong, and Retry recovers`, async ({ page }) => {
      await page.route(DATASET, (route) => failure.respond(route));
      await page.goto('./');

      const alert = page.getByRole('alert').filter({ hasText: failure.message });
      await expect(alert.first()).toBeVisible();
      await expect(page.locator('body')).not.toBeEmpty();

      await page.unroute(DATASET);
      await page.getByRole('button', { name: 'Retry' }).first().click();
      await expect(eventMarks(page).first()).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: failure.message })).toHaveCount(0);
    });
  }
});

test.describe("one article's file fails", () => {
  test.use({ allowedConsoleErrors: [FAILED_RESOURCE] });

  for (const failure of failures('article')) {
    test(`${failure.name}: the panel says so with its own Retry, the other views keep working`, async ({ page }) => {
      const event = eventWithTie();
      await page.route(ARTICLES, (route) => failure.respond(route));
      await openAppWithEvents(page);
      const allEvents = eventsIn(DEFAULT_START, DEFAULT_END).map((e) => e.id);
      await expectShownEvents(page, allEvents);

      await eventMark(page, event.id).first().click();
      const panel = articlePanel(page);
      await expect(panel.getByRole('alert').first()).toBeVisible();
      await expect(panel.getByRole('alert').first()).toContainText(failure.message);
      // The event itself is still described; the timeline and network still answer.
      await expect(panel.getByText(event.title, { exact: true }).first()).toBeVisible();
      await expectShownEvents(page, allEvents);
      await expect(officialNodes(page).first()).toBeVisible();
      await stillZooms(page);

      await page.unroute(ARTICLES);
      await panel.getByRole('button', { name: 'Retry' }).click();
      await expect(panel.locator('mark').first()).toBeVisible();
      await expect(panel.getByRole('alert')).toHaveCount(0);
    });
  }
});

test('a dataset answer that arrives slowly shows a loading state, not a blank page', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(DATASET, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.getByText(/loading/i).first()).toBeVisible();
  release();
  await expect(eventMarks(page).first()).toBeVisible();
  await expect(network(page)).toBeVisible();
});

async function stillZooms(page: Page): Promise<void> {
  const before = await timeline(page).getAttribute('data-domain-start');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(timeline(page)).not.toHaveAttribute('data-domain-start', before ?? '');
}
