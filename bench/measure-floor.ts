// The floor of loading on this machine: the first mark of a static page (bench/floor) that paints one
// mark with HTML and CSS alone, served and measured exactly like the explorer.
import type { Browser } from '@playwright/test';
import { newProbedPage, waitForValue } from './browser-helpers';

export async function measureFloorRun(browser: Browser, url: string): Promise<{ firstMarkMs: number | null; problems: string[] }> {
  const { context, page, problems } = await newProbedPage(browser);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: 30_000 });
    const firstMarkMs = await waitForValue(page, 'window.__bench && window.__bench.firstMark', 30_000);
    if (firstMarkMs === null) problems.push('the floor page showed no mark within 30 s');
    return { firstMarkMs, problems };
  } catch (error) {
    problems.push(`floor run aborted: ${error instanceof Error ? error.message : String(error)}`);
    return { firstMarkMs: null, problems };
  } finally {
    await context.close().catch(() => undefined);
  }
}
