// The guard in fixtures.ts must really notice each kind of trouble. Each test provokes one in a
// context of its own, watched the way the fixture watches every test's context, and checks that it
// was caught (the suite goes red if the guard ever stops noticing).
import type { Browser, Page } from '@playwright/test';
import { test, expect, watchContext } from './fixtures';
import { openApp } from './support/app';

async function provoke(browser: Browser, baseURL: string | undefined, action: (page: Page) => Promise<void>): Promise<string[]> {
  const context = await browser.newContext({ baseURL });
  try {
    const problems = await watchContext(context);
    const page = await context.newPage();
    await openApp(page);
    await action(page);
    await page.waitForTimeout(200); // let asynchronous reports arrive
    return problems;
  } finally {
    await context.close();
  }
}

test.describe('the guard notices', () => {
  test('a console error', async ({ browser, baseURL }) => {
    const problems = await provoke(browser, baseURL, (page) => page.evaluate(() => console.error('provoked console error')));
    expect(problems).toContainEqual(expect.stringContaining('provoked console error'));
  });

  test('an uncaught error', async ({ browser, baseURL }) => {
    const problems = await provoke(browser, baseURL, (page) =>
      page.evaluate(() => {
        setTimeout(() => {
          throw new Error('provoked uncaught error');
        });
      }),
    );
    expect(problems).toContainEqual(expect.stringContaining('uncaught error: provoked uncaught error'));
  });

  test('a Content-Security-Policy violation', async ({ browser, baseURL }) => {
    const problems = await provoke(browser, baseURL, (page) =>
      page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.ranInline = true';
        document.body.append(script);
      }),
    );
    expect(problems).toContainEqual(expect.stringContaining('CSP violation: script-src'));
  });

  test('a dialog', async ({ browser, baseURL }) => {
    const problems = await provoke(browser, baseURL, (page) => page.evaluate(() => alert('provoked dialog')));
    expect(problems).toContainEqual(expect.stringContaining('dialog (alert) opened: provoked dialog'));
  });

  test('an allowed message only when it is allowed, and a CSP violation never', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL });
    try {
      const problems = await watchContext(context, [/^allowed:/, /CSP violation/]);
      const page = await context.newPage();
      await openApp(page);
      await page.evaluate(() => {
        console.error('allowed: expected message');
        console.error('CSP violation: pretend');
      });
      await page.waitForTimeout(200);
      expect(problems).toEqual([expect.stringContaining('CSP violation: pretend')]);
    } finally {
      await context.close();
    }
  });
});
