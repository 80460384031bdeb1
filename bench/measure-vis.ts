// One run of the same events in vis-timeline, on its own page, with the same zoom-and-pan script and
// the same frame measurement as the explorer.
import type { Browser } from '@playwright/test';
import { heapAfterGcMB, newProbedPage, startFrames, stopFrames, targetBox, waitForIdle, waitForValue, withTimeout } from './browser-helpers';
import type { VisMeasurement } from './bench-types';
import { playSequence, wheelSequenceMainThreadMs } from './play-sequence';
import { ZOOM_AND_PAN } from './zoom-sequence';

const SEQUENCE_DEADLINE_MS = 60_000;

/**
 * vis-timeline lays out every item on the main thread: on this kind of machine its first render takes
 * tens of seconds at 10k bursty events and longer than any sensible wait at 50k with default options;
 * after `loadTimeoutMs` it counts as "did not render". The configuration is in `visPageUrl` (the caller
 * records which one it asked for).
 */
export async function measureVisRun(browser: Browser, visPageUrl: string, loadTimeoutMs: number, idleWait = true): Promise<VisMeasurement> {
  const { context, page, problems } = await newProbedPage(browser);
  const run: VisMeasurement = { firstItemMs: null, noRenderWithinS: null, frames: null, mainThreadMs: null, heapMB: null, problems };
  try {
    await page.goto(visPageUrl, { waitUntil: 'commit', timeout: 60_000 });
    run.firstItemMs = await waitForValue(page, 'window.__visError ? -1 : window.__bench && window.__bench.firstMark', loadTimeoutMs);
    if (run.firstItemMs === -1) {
      problems.push(`vis page failed: ${String(await page.evaluate('window.__visError'))}`);
      run.firstItemMs = null;
      return run;
    }
    if (run.firstItemMs === null) {
      run.noRenderWithinS = loadTimeoutMs / 1000;
      problems.push(`no vis-timeline item became visible within ${loadTimeoutMs / 1000} s`);
      return run;
    }
    await page.waitForTimeout(500);
    // The same wait as ours: the sequence starts on an idle page.
    if (idleWait && !(await waitForIdle(page))) problems.push('the page was still busy 10 s after its first item; measured anyway');
    const box = await targetBox(page, '.vis-panel.vis-center');
    if (!box) {
      problems.push('no vis-timeline panel to zoom');
      return run;
    }
    const wheel = await wheelSequenceMainThreadMs(page, box, SEQUENCE_DEADLINE_MS, 120_000);
    run.mainThreadMs = wheel.ms;
    if (!wheel.completed) problems.push('the 20-notch wheel sequence overran its deadline');
    await page.waitForTimeout(500);
    await startFrames(page);
    const played = await withTimeout(playSequence(page, box, ZOOM_AND_PAN, SEQUENCE_DEADLINE_MS), SEQUENCE_DEADLINE_MS + 120_000, 'the zoom-and-pan script');
    run.frames = await stopFrames(page, played.completed, problems);
    if (!played.completed) problems.push('the zoom-and-pan script overran its deadline and stopped early');
    run.heapMB = await heapAfterGcMB(page);
  } catch (error) {
    problems.push(`run aborted: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await context.close().catch(() => undefined);
  }
  return run;
}
