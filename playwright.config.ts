// End-to-end tests run against the production build (vite build + vite preview) in Chromium only.
// A system Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH) is used when present, so a fresh
// machine needs `apt-get install chromium`, not a Playwright browser download.
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets a second checkout run its suite beside this one.
const PORT = Number(process.env.E2E_PORT) || 4317;
const BASE_URL = `http://127.0.0.1:${PORT}/`;
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const desktop = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1440, height: 900 },
  launchOptions: {
    executablePath: existsSync(chromiumPath) ? chromiumPath : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  },
};

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // Flaky tests are fixed, never retried, in CI too.
  retries: 0,
  workers: 2,
  reporter: 'list',
  // Generous: CI machines are shared; a passing test never waits for these.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    screenshot: 'only-on-failure',
    // The built app registers a service worker; it would answer requests that tests route. The
    // offline tests allow it.
    serviceWorkers: 'block',
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: ['**/corpus-b.*', '**/sub-path.*'],
      use: desktop,
    },
    // The same reader's flows on a second corpus (two fictional countries, 1995–2001), built by the
    // setup into a copy of the site at /corpus-b/.
    { name: 'corpus-b setup', testMatch: '**/corpus-b.setup.ts' },
    {
      name: 'corpus-b',
      // Its own flows, and the screen sizes' (they read the facts from the dataset the site serves).
      testMatch: ['**/corpus-b.spec.ts', '**/screen-sizes.spec.ts'],
      dependencies: ['corpus-b setup'],
      use: { ...desktop, baseURL: `${BASE_URL}corpus-b/` },
    },
    // A build for a sub-path (BASE=/x/, absolute URLs) made by the setup into dist/x/, served at /x/.
    { name: 'sub-path setup', testMatch: '**/sub-path.setup.ts' },
    {
      name: 'sub-path',
      testMatch: '**/sub-path.spec.ts',
      dependencies: ['sub-path setup'],
      use: { ...desktop, baseURL: `${BASE_URL}x/` },
    },
  ],
  webServer: {
    // `npm test` builds first; running `npm run test:e2e` alone builds only when there is no build yet.
    command: `(test -f dist/index.html || npm run build) && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
