import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { datasetValidators, VALIDATORS_MODULE } from './src/pipeline/validators/validators-plugin.ts';
import { VitePWA } from 'vite-plugin-pwa';

// The production page may load only its own files: no inline script, no eval, no third-party origin.
// Vite's dev server injects inline scripts (React Refresh), so the policy is added to the build only.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * The dataset is checked by the generated validators before anything is drawn, and their chunk is a
 * dynamic import: the browser would only ask for it once the main script has run. A modulepreload
 * link fetches it alongside the main script and the dataset instead.
 */
function preloadValidatorsChunk(): Plugin {
  return {
    name: 'preload-validators-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.isDynamicEntry && c.facadeModuleId === `\0${VALIDATORS_MODULE}`,
        );
        if (!chunk) throw new Error(`preload-validators-chunk: no chunk for ${VALIDATORS_MODULE}`);
        return [{ tag: 'link', attrs: { rel: 'modulepreload', href: `./${chunk.fileName}`, crossorigin: true }, injectTo: 'head' }];
      },
    },
  };
}

/**
 * The first paint needs only the HTML and its stylesheet (the header is static), so the scripts and
 * the dataset are asked for at low priority: on a shared connection they never hold the stylesheet
 * back, and they do not count as render-blocking. The dataset's preload comes after the scripts, so
 * that at equal priority the scripts arrive first: a large dataset's first picture needs them and
 * the small dates index (normal priority), not the dataset.
 */
function loadingOrder(): Plugin {
  return {
    name: 'loading-order',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => ({
        html: html.replaceAll('<script type="module" ', '<script type="module" fetchpriority="low" ').replaceAll('<link rel="modulepreload" ', '<link rel="modulepreload" fetchpriority="low" '),
        tags: [
          {
            tag: 'link',
            attrs: { rel: 'preload', href: './data/dataset.json', as: 'fetch', crossorigin: 'anonymous', fetchpriority: 'low' },
            injectTo: 'head',
          },
        ],
      }),
    },
  };
}

/**
 * V8's explicit compile hint: nearly every function of the entry chunk (React, the timeline) runs on
 * load, so V8 may compile them all while the file streams in, off the main thread, instead of pausing
 * the first render to compile each one on its first call. The comment must be the file's first line,
 * so it is added last, after Vite has written its own preamble.
 */
function compileHintForEntry(): Plugin {
  return {
    name: 'compile-hint-for-entry',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunk.isEntry) chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      },
    },
  };
}

/**
 * The app's own page previews with the site's card (drawn by `npm run pages`), and with SITE_URL
 * names its canonical address. Here rather than in the pages step, so the service worker's copy
 * of index.html is the page as served.
 */
function sitePreview(): Plugin {
  const siteUrl = process.env.SITE_URL ? new URL(process.env.SITE_URL.replace(/\/?$/, '/')).href : null;
  const card = siteUrl ? new URL('cards/site.png', siteUrl).href : './cards/site.png';
  return {
    name: 'site-preview',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { property: 'og:image', content: card }, injectTo: 'head' },
      { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' }, injectTo: 'head' },
      ...(siteUrl
        ? [
            { tag: 'link', attrs: { rel: 'canonical', href: siteUrl }, injectTo: 'head' as const },
            { tag: 'meta', attrs: { property: 'og:url', content: siteUrl }, injectTo: 'head' as const },
          ]
        : []),
    ],
  };
}

/**
 * Offline and installable: a manifest, and a Workbox service worker registered by the app's own
 * script (the CSP has no room for an inline one). It precaches the app shell and the dataset index;
 * articles are kept as they are read; event and official pages are not precached. A new deployment
 * waits until the reader chooses "Reload for the new version" (src/features/offline).
 */
function offline() {
  // The manifest names the corpus built into the page, like its header (the preview server and a
  // checkout without a dataset yet get a plain name: they write no manifest).
  let corpus = { title: 'Explorer', description: 'An explorer of events, the officials who met and the reporting behind them.' };
  try {
    const read = (JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as { corpus?: { title?: unknown; description?: unknown } }).corpus;
    if (typeof read?.title === 'string' && typeof read.description === 'string') corpus = { title: read.title, description: read.description };
  } catch {
    // No dataset yet: nothing is built.
  }
  return VitePWA({
    // Registered by the app's offline feature once the page is loaded and idle (register-worker.ts).
    injectRegister: false,
    registerType: 'prompt',
    includeAssets: ['favicon.svg', 'robots.txt'],
    manifest: {
      name: corpus.title,
      short_name: corpus.title.length > 24 ? `${corpus.title.slice(0, 23)}…` : corpus.title,
      description: corpus.description,
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#15171a',
      theme_color: '#15171a',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,woff2}', 'icons/*.png', 'data/dataset.json', 'data/event-dates.json', 'data/network-layout.json'],
      globIgnores: ['events/**', 'officials/**', 'cards/**', 'data/articles/**'],
      // The app's state is in its query string: every ?event=… of the app's page is that page.
      ignoreURLParametersMatching: [/.*/],
      // An event's page is not the app's page: no fallback to index.html for other addresses.
      navigateFallback: undefined,
      runtimeCaching: [
        {
          urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/data\/articles\/[^/]+\.json$/.test(url.pathname),
          handler: 'NetworkFirst',
          options: { cacheName: 'articles', networkTimeoutSeconds: 4 },
        },
        {
          urlPattern: ({ request, url, sameOrigin }) => sameOrigin && request.mode === 'navigate' && /\/(events|officials)\/[^/]+\/(index\.html)?$/.test(url.pathname),
          handler: 'NetworkFirst',
          options: { cacheName: 'pages', networkTimeoutSeconds: 4, expiration: { maxEntries: 200 } },
        },
      ],
    },
  });
}

/**
 * Dev only: rebuild the dataset and reload the page when the corpus changes. The plugin lives with the
 * pipeline it runs; tsx loads both when the dev server starts, so the build and preview never load them.
 */
async function corpusWatchInDev(): Promise<Plugin> {
  const { tsImport } = await import('tsx/esm/api');
  const module = (await tsImport('./src/pipeline/corpus-watch-plugin.ts', import.meta.url)) as typeof import('./src/pipeline/corpus-watch-plugin');
  return module.corpusWatch();
}

/**
 * The page's static header (title, description) from the dataset being built into the page. Loaded
 * by tsx like the corpus watch, so the config itself imports no project module.
 */
async function corpusHeaderFromDataset(): Promise<Plugin> {
  const { tsImport } = await import('tsx/esm/api');
  const module = (await tsImport('./src/pipeline/corpus-html.ts', import.meta.url)) as typeof import('./src/pipeline/corpus-html');
  return module.corpusHeader('public/data/dataset.json');
}

export default defineConfig(({ command, isPreview }) => ({
  // Relative base: the build works when served from any sub-path (BASE=/x/ gives absolute URLs instead).
  base: process.env.BASE || './',
  // One page whose state lives in the query string: no path needs the SPA fallback, so a missing file
  // (an article that is not there) is a 404, as on any static host, and not index.html.
  appType: 'mpa',
  plugins: [
    react(),
    datasetValidators(),
    !isPreview && corpusHeaderFromDataset(),
    contentSecurityPolicy(),
    preloadValidatorsChunk(),
    loadingOrder(),
    compileHintForEntry(),
    sitePreview(),
    offline(),
    command === 'serve' && !isPreview && corpusWatchInDev(),
  ],
  // Every browser the app supports knows modulepreload: no polyfill in the entry chunk.
  build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false }, cssCodeSplit: false },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
}));
