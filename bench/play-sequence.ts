// Plays a zoom-and-pan script with Playwright's mouse over a target box. Stops early (and says so)
// when the page is so slow that the script overruns its deadline: a frozen page must not hang the run.
import type { Page } from '@playwright/test';
import { mainThreadMs, withTimeout, type Box } from './browser-helpers';
import { WHEEL_TWENTY, type Step } from './zoom-sequence';

export async function playSequence(page: Page, box: Box, steps: readonly Step[], deadlineMs: number): Promise<{ completed: boolean; elapsedMs: number }> {
  const started = Date.now();
  let mouseDown = false;
  for (const step of steps) {
    if (Date.now() - started > deadlineMs) {
      if (mouseDown) await page.mouse.up();
      return { completed: false, elapsedMs: Date.now() - started };
    }
    switch (step.kind) {
      case 'move':
        await page.mouse.move(box.x + box.width * step.fx, box.y + box.height * step.fy);
        break;
      case 'wheel':
        await page.mouse.wheel(0, step.deltaY);
        break;
      case 'down':
        await page.mouse.down();
        mouseDown = true;
        break;
      case 'up':
        await page.mouse.up();
        mouseDown = false;
        break;
      case 'pause':
        await page.waitForTimeout(step.ms);
        break;
    }
  }
  return { completed: true, elapsedMs: Date.now() - started };
}

/**
 * Main-thread busy time over the 20-notch wheel sequence (`WHEEL_TWENTY`), the same for every page the
 * bench compares; null when the page was so slow that the script overran `deadlineMs`. `graceMs` more
 * are allowed for a page that takes each input late before the run is given up.
 */
export async function wheelSequenceMainThreadMs(page: Page, box: Box, deadlineMs: number, graceMs: number): Promise<{ ms: number | null; completed: boolean }> {
  const wheel = await mainThreadMs(page, () => withTimeout(playSequence(page, box, WHEEL_TWENTY, deadlineMs), deadlineMs + graceMs, 'the wheel sequence'));
  return { ms: wheel.result.completed ? wheel.ms : null, completed: wheel.result.completed };
}
