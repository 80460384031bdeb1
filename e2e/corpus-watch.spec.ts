// `npm run dev` while curating: editing the corpus rebuilds the dataset and reloads the page; a corpus
// that does not build shows Vite's error overlay with the build's message. The dev server runs here
// with the corpus-watch plugin on a copy of the fixture corpus and a small page that prints the events.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { corpusWatch } from '../src/pipeline/corpus-watch-plugin';
import { test, expect } from './fixtures';

const here = path.dirname(fileURLToPath(import.meta.url));
let root: string;
let server: ViteDevServer;
let url: string;

test.beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'corpus-watch-'));
  await cp(path.join(here, 'corpus-watch-page'), root, { recursive: true });
  await cp(path.join(here, '../src/pipeline/fixtures/mini'), path.join(root, 'corpus'), { recursive: true });
  server = await createServer({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [corpusWatch({ corpusDir: 'corpus', outDir: 'public/data' })],
    server: { host: '127.0.0.1', port: 0, strictPort: false },
    optimizeDeps: { noDiscovery: true },
  });
  await server.listen();
  url = server.resolvedUrls?.local[0] ?? '';
});

test.afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

const annotation = () => path.join(root, 'corpus/annotations/alpha.yaml');

test('a corpus edit rebuilds the dataset and reloads the page; a corpus error shows the overlay with its message', async ({ page }) => {
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  await page.goto(url);
  const events = page.locator('#events');
  await expect(events).toContainText('Phan Van Giang and Sergei Shoigu hold talks');
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));

  const original = await readFile(annotation(), 'utf8');
  await writeFile(annotation(), original.replace('title: Phan Van Giang and Sergei Shoigu hold talks', 'title: Talks in Moscow, retitled'));
  await expect(events).toContainText('Talks in Moscow, retitled');
  expect(await page.evaluate(() => 'notReloaded' in window)).toBe(false);

  await writeFile(annotation(), original.replace('signed a roadmap for military cooperation until 2030', "signed a roadmap for military cooperation until 2031"));
  const overlay = page.locator('vite-error-overlay');
  await expect(overlay).toBeAttached();
  const message = overlay.locator('.message-body');
  await expect(message).toContainText('The corpus has 1 error:');
  await expect(message).toContainText('alpha.yaml:38: events[1].sources[0].quotes[0]');
  await expect(message).toContainText('nearest: "July 3, 2020 – Minister Giang and S.K.Shoigu signed a roadmap for military cooperation\\nuntil 2030"');
  await expect(message).toContainText('the quote has "1" (U+0031) where the article has "0" (U+0030)');
  // The page under the overlay still shows the last dataset that built.
  await expect(events).toContainText('Talks in Moscow, retitled');

  await writeFile(annotation(), original);
  await expect(events).toContainText('Phan Van Giang and Sergei Shoigu hold talks');
  await expect(overlay).not.toBeAttached();
});
