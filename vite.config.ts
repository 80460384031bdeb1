import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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
 * The dataset is checked by the schema chunk (zod) before anything is drawn, and that chunk is a
 * dynamic import: the browser would only ask for it once the main script has run. A modulepreload
 * link fetches it alongside the main script and the dataset instead.
 */
function preloadSchemaChunk(): Plugin {
  return {
    name: 'preload-schema-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.isDynamicEntry && c.facadeModuleId?.replaceAll('\\', '/').endsWith('/src/data/schema.ts'),
        );
        if (!chunk) throw new Error('preload-schema-chunk: no chunk for src/data/schema.ts (was it renamed?)');
        return [{ tag: 'link', attrs: { rel: 'modulepreload', href: `./${chunk.fileName}`, crossorigin: true }, injectTo: 'head' }];
      },
    },
  };
}

export default defineConfig({
  // Relative base: the build works when served from any sub-path.
  base: './',
  plugins: [react(), contentSecurityPolicy(), preloadSchemaChunk()],
  build: { target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
});
