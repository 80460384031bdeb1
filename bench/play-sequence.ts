// Plays a zoom-and-pan script with Playwright's mouse over a target box. Stops early (and says so)
// when the page is so slow that the script overruns its deadline: a frozen page must not hang the run.
import type { Page } from '@playwright/test';
import type { Box } from './browser-helpers';
import type { Step } from './zoom-sequence';

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
