// Issue 5 §1: the production page carries a strict Content-Security-Policy. (Every other test
// fails on a CSP violation through the shared fixture.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { openAppWithEvents } from './support/app';

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

/** The attribute value as the browser reads it (Vite writes ' as &#39;). */
function decodeEntities(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCharCode(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function expectStrict(policy: string): void {
  const csp = directives(policy);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'self'"]);
  for (const [name, values] of csp) {
    const loose = values.filter((v) => /^('unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'wasm-unsafe-eval'|data:|blob:|\*|https?:)$/.test(v));
    expect(loose, `${name} allows no inline code, eval, data:, blob: or wildcard`).toEqual([]);
  }
  // No directive wider than the app needs.
  for (const name of ['style-src', 'img-src', 'connect-src', 'font-src', 'worker-src']) {
    const values = csp.get(name);
    if (values) expect(values, name).toEqual(["'self'"]);
  }
}

test('the built index.html carries a strict CSP meta tag', () => {
  const html = readFileSync(join(import.meta.dirname, '..', 'dist', 'index.html'), 'utf8');
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  expect(match, 'a CSP meta tag in dist/index.html').not.toBeNull();
  expectStrict(decodeEntities(match![1]!));
  // The policy must come before anything it governs, and the page has no inline script or style.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.search(/<script|<link/i));
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
  expect(html).not.toMatch(/<style[\s>]/i);
  expect(html).not.toMatch(/\sstyle="/i);
});

test('the served page enforces that policy and runs without a violation', async ({ page }) => {
  await openAppWithEvents(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expectStrict(policy ?? '');
  // The app ran without a violation: the fixture fails the test on any `securitypolicyviolation`.
});
