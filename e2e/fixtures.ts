// The suite's one `test`: every test fails if its pages log a console error, throw an uncaught
// error, violate the Content-Security-Policy or open a dialog (alert/confirm/prompt: a hostile
// payload that ran). A test that provokes an expected browser message (e.g. Chromium's "Failed to
// load resource" for a route answered with 404) allows exactly that message with
// `test.use({ allowedConsoleErrors: [/.../] })`.
import { test as base, expect, type BrowserContext } from '@playwright/test';

export interface GuardOptions {
  /** Console errors this test expects; anything else fails it. CSP violations can never be allowed. */
  allowedConsoleErrors: RegExp[];
}

const CSP_PREFIX = 'CSP violation:';

/**
 * Watch every page of a context (pages a test opens itself too, such as a shared link opened in a
 * new tab) and collect what went wrong, as readable lines. Dialogs are dismissed.
 */
export async function watchContext(context: BrowserContext, allowedConsoleErrors: readonly RegExp[] = []): Promise<string[]> {
  const problems: string[] = [];
  // Chromium also logs "... violates the following Content Security Policy directive", but the
  // event gives the directive and the blocked URI even when a library swallows the error.
  await context.addInitScript((prefix: string) => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`${prefix} ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile}:${e.lineNumber}`);
    });
  }, CSP_PREFIX);
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const isCsp = text.startsWith(CSP_PREFIX) || text.includes('Content Security Policy');
    if (!isCsp && allowedConsoleErrors.some((allowed) => allowed.test(text))) return;
    const where = message.location().url;
    problems.push(`console error: ${text}${where ? ` (${where})` : ''}`);
  });
  context.on('weberror', (webError) => {
    problems.push(`uncaught error: ${webError.error().message}`);
  });
  context.on('dialog', (dialog) => {
    problems.push(`dialog (${dialog.type()}) opened: ${dialog.message()}`);
    dialog.dismiss().catch(() => undefined);
  });
  return problems;
}

export const test = base.extend<GuardOptions>({
  allowedConsoleErrors: [[], { option: true }],

  context: async ({ context, allowedConsoleErrors }, provide) => {
    const problems = await watchContext(context, allowedConsoleErrors);
    await provide(context);
    expect(problems, 'console errors, uncaught errors, CSP violations or dialogs during the test').toEqual([]);
  },
});

export { expect };

/** Chromium's own console line for a response the test made fail on purpose. */
export const FAILED_RESOURCE = /^Failed to load resource/;
