// The guard in fixtures.ts must really fail a test on each kind of trouble: these tests provoke one
// each and are expected to fail (test.fail), so the suite goes red if the guard stops noticing.
import { test } from './fixtures';
import { openApp } from './support/app';

test.describe('the guard fails a test', () => {
  test.fail('whose page logs a console error', async ({ page }) => {
    await openApp(page);
    await page.evaluate(() => console.error('provoked console error'));
  });

  test.fail('whose page throws an uncaught error', async ({ page }) => {
    await openApp(page);
    await page.evaluate(() => setTimeout(() => { throw new Error('provoked uncaught error'); }));
    await page.waitForTimeout(200);
  });

  test.fail('whose page violates the Content-Security-Policy', async ({ page }) => {
    await openApp(page);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.ranInline = true';
      document.body.append(script);
    });
    await page.waitForTimeout(200);
  });

  test.fail('whose page opens a dialog', async ({ page }) => {
    await openApp(page);
    await page.evaluate(() => alert('provoked dialog'));
  });
});
