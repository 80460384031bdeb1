// Issue 5 §2: every URL parameter is untrusted. Each link below loads the app, which keeps
// working, runs nothing (no dialog, no injected element), says "not found" for an unknown event
// and still applies whatever else in the link is valid. The shared fixture fails any case that logs
// a console error or throws.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { DEFAULT_END, DEFAULT_START, eventMark, eventMarks, expectDomain, timeline } from './support/app';
import { eventsIn, officialByName, seed } from './support/seed-dataset';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const LONG = 'a'.repeat(10_000);
const enc = encodeURIComponent;

interface HostileLink {
  name: string;
  query: string;
  /** Whether the app must say "not found" ('any': either is acceptable). */
  notFound: boolean | 'any';
  /** The event that must end up selected. */
  selected?: string;
  /** The officials (names) whose chips must show; [] = none. */
  chips?: string[];
  /** 'default' = the 2018–2024 window; otherwise any valid window. */
  window?: 'default' | { start: string; end: string };
}

function cases(): HostileLink[] {
  const valid = eventsIn('2019-01-01', '2019-12-31')[0] ?? seed().eventsByDate[0]!;
  const giang = officialByName('Phan Van Giang');
  const other = seed().dataset.officials.find((o) => o.id !== giang.id)!;
  const none: Partial<HostileLink> = { chips: [], window: 'default' };
  return [
    // unknown ids
    { name: 'unknown event id', query: 'event=no-such-event', notFound: true, ...none },
    { name: 'unknown official id', query: 'officials=no-such-official', notFound: false, ...none },
    { name: 'unknown and known officials', query: `officials=nobody,${giang.id}`, notFound: false, chips: [giang.name], window: 'default' },
    // script and HTML payloads, raw and percent-encoded
    { name: 'script payload as event (raw)', query: `event=${SCRIPT}`, notFound: true, ...none },
    { name: 'script payload as event (encoded)', query: `event=${enc(SCRIPT)}`, notFound: true, ...none },
    { name: 'img payload as event', query: `event=${enc(IMG)}`, notFound: true, ...none },
    { name: 'script payload as officials', query: `officials=${enc(SCRIPT)}`, notFound: false, ...none },
    { name: 'img payload as officials', query: `officials=${enc(IMG)},${giang.id}`, notFound: false, chips: [giang.name], window: 'default' },
    { name: 'script payload as from', query: `from=${enc(SCRIPT)}`, notFound: false, ...none },
    { name: 'img payload as to', query: `to=${enc(IMG)}`, notFound: false, ...none },
    { name: 'payload in the fragment', query: `#${IMG}`, notFound: false, ...none },
    // 10,000-character values
    { name: '10,000-character event', query: `event=${LONG}`, notFound: true, ...none },
    { name: '10,000-character officials', query: `officials=${LONG}`, notFound: false, ...none },
    // (One long value per link: two would pass the preview server's 16 KB header limit, HTTP 431.)
    { name: '10,000-character from', query: `from=${LONG}`, notFound: false, ...none },
    { name: '10,000-character to', query: `to=${LONG}`, notFound: false, ...none },
    // invalid, reversed and far out-of-range dates
    { name: 'from 2019-02-30 (no such day)', query: 'from=2019-02-30', notFound: false, ...none },
    { name: 'from 2019-13-01 (no such month)', query: 'from=2019-13-01&to=2019-12-31', notFound: false, chips: [] },
    { name: 'to "yesterday"', query: 'to=yesterday', notFound: false, ...none },
    { name: 'a date with a time', query: 'from=2019-01-01T00:00:00Z&to=2019-12-31T23:59:59Z', notFound: false, chips: [] },
    { name: 'reversed from and to', query: 'from=2020-01-01&to=2019-01-01', notFound: false, chips: [] },
    { name: 'from 0001-01-01', query: 'from=0001-01-01&to=2019-12-31', notFound: false, chips: [] },
    { name: 'to 9999-12-31', query: 'from=2019-01-01&to=9999-12-31', notFound: false, chips: [] },
    { name: 'a window shorter than a day', query: 'from=2019-06-19&to=2019-06-19', notFound: false, chips: [] },
    // repeated keys
    { name: 'event twice', query: `event=${valid.id}&event=no-such-event`, notFound: 'any', chips: [] },
    { name: 'officials twice', query: `officials=${giang.id}&officials=${other.id}`, notFound: false, window: 'default' },
    { name: 'one official listed twice', query: `officials=${giang.id},${giang.id}`, notFound: false, chips: [giang.name], window: 'default' },
    // broken percent-encoding
    { name: 'event %E0%A4%A', query: 'event=%E0%A4%A', notFound: 'any', ...none },
    { name: 'event %', query: 'event=%', notFound: 'any', ...none },
    { name: 'event %%', query: 'event=%%', notFound: 'any', ...none },
    { name: 'officials and dates %E0%A4%A', query: 'officials=%E0%A4%A&from=%&to=%%', notFound: false, ...none },
    // prototype keys as ids and as parameter names
    ...['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'].map(
      (key): HostileLink => ({ name: `event ${key}`, query: `event=${key}`, notFound: true, ...none }),
    ),
    { name: 'prototype keys as officials', query: 'officials=__proto__,constructor,prototype,toString,hasOwnProperty', notFound: false, ...none },
    { name: 'prototype keys as parameter names', query: `__proto__=x&constructor=y&toString=z&event=${valid.id}`, notFound: false, selected: valid.id, chips: [] },
    // empty values
    { name: 'empty values', query: 'event=&officials=&from=&to=', notFound: false, ...none },
    { name: 'keys without values', query: 'event&officials&from&to', notFound: false, ...none },
    { name: 'only commas as officials', query: 'officials=,,,', notFound: false, ...none },
    // a valid part with garbage elsewhere: the valid part still applies
    { name: 'valid event, garbage elsewhere', query: `event=${valid.id}&officials=${enc(SCRIPT)}&from=yesterday&to=%`, notFound: false, selected: valid.id, chips: [] },
    {
      name: 'unknown event, valid filter and window',
      query: `event=${enc(IMG)}&officials=${giang.id}&from=2019-01-01&to=2019-12-31`,
      notFound: true,
      chips: [giang.name],
      window: { start: '2019-01-01', end: '2019-12-31' },
    },
  ];
}

for (const link of cases()) {
  test(`hostile link: ${link.name}`, async ({ page }) => {
    await page.goto(`./?${link.query}`);
    await expect(timeline(page)).toBeVisible();
    await expect(timeline(page)).toHaveAttribute('data-domain-start', /^\d{4}-\d{2}-\d{2}$/);
    await expect(timeline(page)).toHaveAttribute('data-domain-end', /^\d{4}-\d{2}-\d{2}$/);

    const notice = page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: /not found/i });
    if (link.notFound === true) await expect(notice.first()).toBeVisible();
    if (link.selected) await expect(eventMark(page, link.selected).first()).toHaveAttribute('aria-current', 'true');
    if (link.window === 'default') await expectDomain(page, DEFAULT_START, DEFAULT_END);
    else if (link.window) await expectDomain(page, link.window.start, link.window.end);
    else await expectValidWindow(page);
    if (link.chips) await expect.poll(() => chipNames(page)).toEqual([...link.chips!].sort());
    if (link.notFound === false) {
      // The link has been applied once the default window shows its events: only then is "no notice" meaningful.
      if (link.window === 'default') await expect(eventMarks(page).first()).toBeVisible();
      await expect(notice).toHaveCount(0);
    }

    await expectNothingInjected(page);
  });
}

async function chipNames(page: Page): Promise<string[]> {
  const chips = page.getByRole('button', { name: /^Remove / });
  const names = await chips.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? el.textContent ?? ''));
  return names.map((n) => n.replace(/^Remove\s+/, '').trim()).sort();
}

async function expectValidWindow(page: Page): Promise<void> {
  const start = (await timeline(page).getAttribute('data-domain-start'))!;
  const end = (await timeline(page).getAttribute('data-domain-end'))!;
  expect(Date.parse(start)).toBeLessThan(Date.parse(end));
}

async function expectNothingInjected(page: Page): Promise<void> {
  const injected = await page.evaluate(() => ({
    img: document.querySelectorAll('img[src="x"], img[src$="/x"]').length,
    onerror: document.querySelectorAll('[onerror]').length,
    scripts: [...document.scripts].filter((s) => /alert/.test(s.textContent ?? '') || !s.src).length,
  }));
  expect(injected).toEqual({ img: 0, onerror: 0, scripts: 0 });
}
