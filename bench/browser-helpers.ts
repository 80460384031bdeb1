// Shared Playwright pieces of the benchmark: launching Debian's Chromium, injecting the probe,
// bounding every page call with a timeout (a frozen page must not hang the benchmark), the heap.
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { frameStats } from './bench-stats';
import type { FrameSample } from './bench-types';
import { waitForQuietMachine } from './machine-quiet';

export const VIEWPORT = { width: 1440, height: 900 };
const PROBE_SOURCE = readFileSync(new URL('./page-probe.js', import.meta.url), 'utf8');

export async function launchChromium(): Promise<Browser> {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return chromium.launch({
    executablePath: existsSync(path) ? path : undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--enable-precise-memory-info',
      // A headless page is never "in the background"; these keep timers and frames unthrottled.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  });
}

export async function newProbedPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: PROBE_SOURCE });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message.split('\n')[0]}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text().split('\n')[0]}`);
  });
  page.on('crash', () => problems.push('the page crashed'));
  // The page is created (its renderer started) but not navigated: let the machine settle first.
  await waitForQuietMachine();
  return { context, page, problems };
}

export class TimeoutError extends Error {}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} took more than ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Polls from Node (every 100 ms, lightly: the page is being measured) until `expression` gives a
 * number; null on timeout. Evaluated through the DevTools protocol, so the production page's CSP
 * (no eval) does not apply, unlike Playwright's in-page waitForFunction. Right after navigation the
 * page's context can be replaced under a poll: that is retried until the deadline.
 */
export async function waitForValue(page: Page, expression: string, timeoutMs: number): Promise<number | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !page.isClosed()) {
    try {
      const value = await withTimeout(page.evaluate(expression), Math.max(1000, deadline - Date.now()), 'waiting in the page');
      if (typeof value === 'number' && value !== 0) return value;
    } catch (error) {
      if (error instanceof TimeoutError) return null;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

export async function heapAfterGcMB(page: Page): Promise<number | null> {
  try {
    const cdp = await page.context().newCDPSession(page);
    await withTimeout(cdp.send('HeapProfiler.collectGarbage'), 30_000, 'garbage collection');
    const usage = await withTimeout(cdp.send('Runtime.getHeapUsage'), 10_000, 'heap usage');
    await cdp.detach();
    return usage.usedSize / 1_000_000;
  } catch {
    return null;
  }
}

export async function startFrames(page: Page): Promise<void> {
  await withTimeout(page.evaluate('window.__bench.startFrames()'), 30_000, 'starting the frame recorder');
}

export async function stopFrames(page: Page, completed: boolean, problems: string[]): Promise<FrameSample | null> {
  const raw = (await withTimeout(page.evaluate('window.__bench.stopFrames()'), 60_000, 'stopping the frame recorder')) as {
    isolated: boolean;
    deltas: number[];
    durationMs: number;
    longTaskCount: number;
    longTaskTotalMs: number;
  } | null;
  if (!raw || raw.deltas.length === 0) return null;
  if (!raw.isolated) problems.push('the page was not cross-origin isolated: frame times are coarse (100 µs, with jitter)');
  const stats = frameStats(raw.deltas);
  return {
    frames: stats.frames,
    medianMs: stats.medianMs,
    p95Ms: stats.p95Ms,
    maxMs: stats.maxMs,
    longTaskCount: raw.longTaskCount,
    longTaskTotalMs: raw.longTaskTotalMs,
    durationMs: raw.durationMs,
    completed,
  };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The largest canvas or svg inside the element that `selector` finds (else the element itself). */
export async function targetBox(page: Page, selector: string): Promise<Box | null> {
  const expression = `(() => {
    const s = document.querySelector(${JSON.stringify(selector)});
    if (!s) return null;
    let best = null, area = 0;
    for (const el of s.querySelectorAll('canvas, svg')) {
      const r = el.getBoundingClientRect();
      if (r.width * r.height > area) { area = r.width * r.height; best = { x: r.x, y: r.y, width: r.width, height: r.height }; }
    }
    if (!best || area < 100 * 50) { const r = s.getBoundingClientRect(); best = { x: r.x, y: r.y, width: r.width, height: r.height }; }
    return best;
  })()`;
  try {
    return (await withTimeout(page.evaluate(expression), 30_000, 'finding the zoom target')) as Box | null;
  } catch {
    return null;
  }
}

/**
 * Waits until the page's main thread is idle: `quietFrames` idle periods in a row with at least 40 ms
 * to spare (requestIdleCallback), or `timeoutMs`. A measure that starts while the page still finishes
 * loading (a layout arriving from a worker, a lazy view mounting) would charge that work to the input.
 * Returns whether the page became idle in time.
 */
export async function waitForIdle(page: Page, timeoutMs = 10_000, quietFrames = 5): Promise<boolean> {
  // Passed as text: a compiled function would carry the compiler's helpers (e.g. __name) into the page.
  return page.evaluate(`new Promise((resolve) => {
    const give = setTimeout(() => resolve(false), ${timeoutMs});
    let quiet = 0;
    const check = (deadline) => {
      quiet = !deadline.didTimeout && deadline.timeRemaining() >= 40 ? quiet + 1 : 0;
      if (quiet >= ${quietFrames}) {
        clearTimeout(give);
        resolve(true);
      } else requestIdleCallback(check, { timeout: 1000 });
    };
    requestIdleCallback(check, { timeout: 1000 });
  })`) as Promise<boolean>;
}

/**
 * Main-thread busy time while `work` runs: Chromium's `TaskDuration` (seconds of tasks on the
 * renderer's main thread, from the DevTools protocol's Performance domain), before and after. Unlike
 * frame deltas it is not floored at the display interval, so it shows work an input queues and need not.
 */
export async function mainThreadMs<T>(page: Page, work: () => Promise<T>): Promise<{ ms: number | null; result: T }> {
  // The probe's load watch asks for a frame every display interval until it has seen what it waits
  // for (a page without a network never shows it): ended here, so that no page is charged for it.
  await page.evaluate('window.__bench && window.__bench.stopWatching && window.__bench.stopWatching()');
  await page.waitForTimeout(50);
  let cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>> | null = null;
  const taskSeconds = async () => {
    const { metrics } = await withTimeout(cdp!.send('Performance.getMetrics'), 10_000, 'reading Performance metrics');
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? null;
  };
  let before: number | null = null;
  try {
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    before = await taskSeconds();
  } catch {
    cdp = null;
  }
  const result = await work();
  let ms: number | null = null;
  if (cdp && before !== null) {
    try {
      const after = await taskSeconds();
      if (after !== null) ms = (after - before) * 1000;
      await cdp.detach();
    } catch {
      ms = null;
    }
  }
  return { ms, result };
}
