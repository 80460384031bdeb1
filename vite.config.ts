import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { datasetValidators, VALIDATORS_MODULE } from './src/pipeline/validators/validators-plugin.ts';

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
    compileHintForEntry(),
    command === 'serve' && !isPreview && corpusWatchInDev(),
  ],
  build: { target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
}));
