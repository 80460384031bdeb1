// One run of the explorer's production build: first mark, network settle, frames during the fixed
// zoom-and-pan script, heap, memory soak, filter latency. Each run is a fresh browser context.
import type { Browser, Page } from '@playwright/test';
import { heapAfterGcMB, newProbedPage, startFrames, stopFrames, targetBox, waitForIdle, waitForValue, withTimeout, type Box } from './browser-helpers';
import type { DatasetInfo, ExplorerRun } from './bench-types';
import { playSequence, wheelSequenceMainThreadMs } from './play-sequence';
import { nodeDragSteps, SOAK_CYCLE, ZOOM_AND_PAN } from './zoom-sequence';

const LOAD_TIMEOUT_MS = 60_000;
const SEQUENCE_DEADLINE_MS = 60_000;
const TIMELINE = 'section[aria-label="Timeline"]';
const NETWORK = 'section[aria-label="Relationship network"]';

export async function measureExplorerRun(browser: Browser, dataset: DatasetInfo, soakSeconds: number, idleWait = true): Promise<ExplorerRun> {
  const { context, page, problems } = await newProbedPage(browser);
  const run: ExplorerRun = {
    firstMarkMs: null,
    networkSettleMs: null,
    frames: null,
    mainThreadMs: null,
    nodeDrag: null,
    heapMB: null,
    soak: null,
    filterMs: null,
    filterOfficial: dataset.filterQuery,
    problems,
  };
  try {
    await page.goto(dataset.siteUrl, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    run.firstMarkMs = await waitForValue(page, 'window.__bench && window.__bench.firstMark', LOAD_TIMEOUT_MS);
    if (run.firstMarkMs === null) problems.push(`no event mark or cluster became visible within ${LOAD_TIMEOUT_MS / 1000} s`);
    run.networkSettleMs = await waitForValue(page, 'window.__bench && window.__bench.networkReady', LOAD_TIMEOUT_MS);
    if (run.networkSettleMs === null) problems.push(`the network did not settle within ${LOAD_TIMEOUT_MS / 1000} s`);
    await page.waitForTimeout(500);
    if (idleWait && !(await waitForIdle(page))) problems.push('the page was still busy 10 s after loading; measured anyway');

    const box = await targetBox(page, TIMELINE);
    if (!box) {
      problems.push('no timeline section to zoom');
    } else {
      const wheel = await wheelSequenceMainThreadMs(page, box, SEQUENCE_DEADLINE_MS, 60_000);
      run.mainThreadMs = wheel.ms;
      if (!wheel.completed) problems.push('the 20-notch wheel sequence overran its deadline');
      await page.waitForTimeout(500);
      await startFrames(page);
      const played = await withTimeout(playSequence(page, box, ZOOM_AND_PAN, SEQUENCE_DEADLINE_MS), SEQUENCE_DEADLINE_MS + 60_000, 'the zoom-and-pan script');
      run.frames = await stopFrames(page, played.completed, problems);
      if (!played.completed) problems.push('the zoom-and-pan script overran its deadline and stopped early');
      run.heapMB = await heapAfterGcMB(page);
      run.soak = await soak(page, box, soakSeconds, run.heapMB);
    }
    run.nodeDrag = await nodeDrag(page, problems);
    run.filterMs = await filterLatency(page, dataset.filterQuery, problems);
  } catch (error) {
    problems.push(`run aborted: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await context.close().catch(() => undefined);
  }
  return run;
}

/** Zooms in and out for `seconds`; the heap after GC should come back to where it was. */
async function soak(page: Page, box: NonNullable<Awaited<ReturnType<typeof targetBox>>>, seconds: number, beforeMB: number | null): Promise<ExplorerRun['soak']> {
  if (beforeMB === null) return null;
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    const played = await withTimeout(playSequence(page, box, SOAK_CYCLE, seconds * 1000), seconds * 1000 + 60_000, 'the memory soak');
    if (!played.completed) break;
  }
  const afterMB = await heapAfterGcMB(page);
  return afterMB === null ? null : { beforeMB, afterMB, seconds };
}

/** Drags the busiest visible node of the network (the first node button) in small steps. */
async function nodeDrag(page: Page, problems: string[]): Promise<ExplorerRun['nodeDrag']> {
  const expression = `(() => {
    const s = document.querySelector(${JSON.stringify(NETWORK)});
    if (!s) return null;
    for (const b of s.querySelectorAll('[data-official-id]')) {
      const r = b.getBoundingClientRect();
      if (r.width > 0 && r.top >= 0 && r.bottom <= innerHeight) return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  })()`;
  try {
    const node = (await withTimeout(page.evaluate(expression), 10_000, 'finding a network node')) as Box | null;
    if (!node) {
      problems.push('no network node to drag');
      return null;
    }
    await page.waitForTimeout(300);
    await startFrames(page);
    const played = await withTimeout(playSequence(page, node, nodeDragSteps(), SEQUENCE_DEADLINE_MS), SEQUENCE_DEADLINE_MS + 30_000, 'the node drag');
    return await stopFrames(page, played.completed, problems);
  } catch (error) {
    problems.push(`node drag failed: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

async function filterLatency(page: Page, query: string, problems: string[]): Promise<number | null> {
  try {
    const reset = page.getByRole('button', { name: 'Reset zoom' });
    if (await reset.count()) await reset.first().click({ timeout: 5000 });
    await page.waitForTimeout(300);
    const combobox = page.getByRole('combobox', { name: 'Filter by official' });
    await combobox.click({ timeout: 5000 });
    await combobox.fill(query, { timeout: 5000 });
    const option = page.getByRole('option').first();
    await option.waitFor({ state: 'visible', timeout: 5000 });
    await page.waitForTimeout(200);
    await withTimeout(page.evaluate('window.__bench.armFilter()'), 10_000, 'arming the filter probe');
    await page.keyboard.press('Enter');
    let t = await waitForValue(page, 'window.__bench.filter.t1 !== null && window.__bench.filter.t1 - window.__bench.filter.t0', 5000);
    if (t === null && (await option.isVisible())) {
      // Some comboboxes need the option made active first: click it instead (timed from pointerdown).
      await withTimeout(page.evaluate('window.__bench.armFilter()'), 10_000, 'arming the filter probe');
      await option.click({ timeout: 5000 });
      t = await waitForValue(page, 'window.__bench.filter.t1 !== null && window.__bench.filter.t1 - window.__bench.filter.t0', 5000);
    }
    if (t === null) problems.push(`choosing "${query}" in the filter did not change the timeline within 5 s`);
    return t;
  } catch (error) {
    problems.push(`filter: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return null;
  }
}
