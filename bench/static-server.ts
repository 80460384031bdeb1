// A tiny static file server for the benchmark (node:http, no dependency): URL prefixes map to folders.
// It serves the copied production builds, the vis-timeline page and vis-timeline's own files.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Route {
  /** URL prefix, starting and ending with "/". */
  prefix: string;
  dir: string;
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Maps a URL path to a file under a route, or null (unknown prefix, or an escape with ".."). */
export function resolveRequest(routes: readonly Route[], urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0] as string);
  } catch {
    return null;
  }
  for (const { prefix, dir } of routes) {
    if (!path.startsWith(prefix)) continue;
    const root = resolve(dir);
    let file = normalize(join(root, path.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) return null;
    if (path.endsWith('/')) file = join(file, 'index.html');
    return file;
  }
  return null;
}

/**
 * Headers of a served file. COOP + COEP make every page cross-origin isolated (all files here are
 * same-origin, so nothing is blocked), which gives its timers 5 µs resolution instead of 100 µs with
 * jitter: without it even an empty page's requestAnimationFrame deltas at 60 Hz read 16.5–16.8 ms,
 * with it 16.66–16.67 ms, and a frame budget of 16.7 ms can be checked at all.
 */
export function responseHeaders(file: string, size: number): Record<string, string | number> {
  return {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': size,
    // Every run starts with a cold cache anyway (a new browser context); no-cache keeps it honest.
    'cache-control': 'no-cache',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  };
}

export function startStaticServer(routes: readonly Route[]): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const file = resolveRequest(routes, request.url ?? '/');
    let size = -1;
    try {
      if (file) {
        const stat = statSync(file);
        if (stat.isFile()) size = stat.size;
      }
    } catch {
      size = -1;
    }
    if (!file || size < 0) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, responseHeaders(file, size));
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
