// The search's latency in the production build, typed as a person types: one keystroke, wait for
// the results, the next. Timed in the page, from the input event to the frame after the results for
// exactly that query are in the DOM. The first keystroke starts the worker, which loads search.json,
// indexes events and names and answers ("first results", data-state "partial" while the articles'
// text is still coming); the same query's complete answer, once every article is indexed, is "all
// text". The later keystrokes, typed after that, are "per keystroke".
import type { Browser, Page } from '@playwright/test';
import { newProbedPage, waitForValue, withTimeout } from './browser-helpers';
import { workerHeapMB } from './worker-heap';

const LOAD_TIMEOUT_MS = 60_000;
const KEY_TIMEOUT_MS = 60_000;
const ALL_TEXT_TIMEOUT_MS = 180_000;

export interface SearchRun {
  query: string;
  /** Keystroke to painted results, first keystroke (worker start, index build, search). */
  firstMs: number | null;
  /** First keystroke to its complete answer (every article's text indexed and searched). */
  allTextMs: number | null;
  /** The worker's heap after a forced GC, with everything indexed. */
  workerHeapMB: number | null;
  /** The same for every later keystroke, in order. */
  nextMs: number[];
  /** How many events the full query matched. */
  matches: number | null;
  problems: string[];
}

/** Installs the in-page timer: each input event starts a clock that the matching "ready" status stops. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
    const status = document.querySelector<HTMLElement>('.search-status')!;
    const probe = { times: [] as number[], started: 0, value: '', waiting: false, matches: 0, first: 0, complete: 0 };
    (window as unknown as { __search: typeof probe }).__search = probe;
    input.addEventListener(
      'input',
      () => {
        probe.started = performance.now();
        probe.value = input.value.trim().replace(/\s+/g, ' ');
        probe.waiting = true;
      },
      true,
    );
    new MutationObserver(() => {
      // The first query's complete answer (the later keys are typed only after it).
      if (probe.first !== 0 && probe.complete === 0 && status.dataset.state === 'ready') probe.complete = performance.now() - probe.first;
      const answered = status.dataset.state === 'ready' || status.dataset.state === 'partial';
      if (!probe.waiting || !answered || status.dataset.query !== probe.value) return;
      if (probe.first === 0) probe.first = probe.started;
      probe.waiting = false;
      const started = probe.started;
      probe.matches = Number((status.textContent ?? '').replace(/[^\d]/g, '')) || 0;
      requestAnimationFrame(() => probe.times.push(performance.now() - started));
    }).observe(status, { attributes: true, childList: true, subtree: true, characterData: true });
  });
}

export async function measureSearchRun(browser: Browser, siteUrl: string, query: string): Promise<SearchRun> {
  const { context, page, problems } = await newProbedPage(browser);
  const run: SearchRun = { query, firstMs: null, allTextMs: null, workerHeapMB: null, nextMs: [], matches: null, problems };
  try {
    await page.goto(siteUrl, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    if ((await waitForValue(page, 'window.__bench && window.__bench.firstMark', LOAD_TIMEOUT_MS)) === null) throw new Error('no event mark appeared');
    const ready = await waitForValue(page, `document.querySelector('input[type="search"]') && document.querySelector('.search-status') ? 1 : 0`, LOAD_TIMEOUT_MS);
    if (ready === null) throw new Error('the search field did not appear');
    await page.waitForTimeout(500);
    await installProbe(page);
    await page.focus('input[type="search"]');
    let timed = 0;
    for (const [i, key] of [...query].entries()) {
      await page.keyboard.type(key);
      // A space ends a word but leaves the query as it was: there is no new search to wait for.
      if (key.trim() === '') continue;
      const ms = await waitForValue(page, `window.__search.times.length > ${timed} ? window.__search.times[${timed}] || 0.001 : 0`, KEY_TIMEOUT_MS);
      if (ms === null) throw new Error(`no results for "${query.slice(0, i + 1)}" within ${KEY_TIMEOUT_MS / 1000} s`);
      if (timed === 0) {
        run.firstMs = ms;
        run.allTextMs = await waitForValue(page, 'window.__search.complete', ALL_TEXT_TIMEOUT_MS);
        if (run.allTextMs === null) throw new Error(`the articles' text was not all searched within ${ALL_TEXT_TIMEOUT_MS / 1000} s`);
      } else run.nextMs.push(ms);
      timed++;
    }
    run.matches = (await withTimeout(page.evaluate('window.__search.matches'), 10_000, 'reading the count')) as number;
    run.workerHeapMB = await workerHeapMB(page).catch((error: unknown) => {
      problems.push(`worker heap: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    });
  } catch (error) {
    problems.push(`search run aborted: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await context.close().catch(() => undefined);
  }
  return run;
}
