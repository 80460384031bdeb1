// The floors on this machine, each measured like the explorer: loading, the first mark of a static page
// (bench/floor) that paints one mark with HTML and CSS alone; input, the main thread's busy time over
// the 20-notch wheel sequence of a page (bench/floor/wheel.html) that redraws one mark on a canvas the
// size of the timeline's plot.
import type { Browser, Page } from '@playwright/test';
import { newProbedPage, targetBox, waitForIdle, waitForValue } from './browser-helpers';
import { wheelSequenceMainThreadMs } from './play-sequence';

export interface FloorRun {
  firstMarkMs: number | null;
  mainThreadMs: number | null;
  problems: string[];
}

const SEQUENCE_DEADLINE_MS = 30_000;

export async function measureFloorRun(browser: Browser, origin: string): Promise<FloorRun> {
  const run: FloorRun = { firstMarkMs: null, mainThreadMs: null, problems: [] };
  await withPage(browser, run, 'loading floor', async (page) => {
    await page.goto(`${origin}/floor/`, { waitUntil: 'commit', timeout: 30_000 });
    run.firstMarkMs = await waitForValue(page, 'window.__bench && window.__bench.firstMark', 30_000);
    if (run.firstMarkMs === null) run.problems.push('the floor page showed no mark within 30 s');
  });
  await withPage(browser, run, 'input floor', async (page) => {
    await page.goto(`${origin}/floor/wheel.html`, { timeout: 30_000 });
    await waitForIdle(page);
    const box = await targetBox(page, 'body');
    if (!box) return void run.problems.push('the input floor page has no canvas');
    run.mainThreadMs = (await wheelSequenceMainThreadMs(page, box, SEQUENCE_DEADLINE_MS, 30_000)).ms;
  });
  return run;
}

async function withPage(browser: Browser, run: FloorRun, what: string, measure: (page: Page) => Promise<void>): Promise<void> {
  const { context, page, problems } = await newProbedPage(browser);
  try {
    await measure(page);
  } catch (error) {
    run.problems.push(`${what} run aborted: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await context.close().catch(() => undefined);
    run.problems.push(...problems.map((p) => `${what}: ${p}`));
  }
}
