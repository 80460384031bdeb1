// The search runs here, off the main thread. The first request loads search.json (checked against
// the schema), indexes events and names and answers at once; then the articles' text arrives chunk by
// chunk and is indexed in slices, between which new requests are answered. While the text is still
// coming, the latest request is answered again as it grows, until every article is searched. A request
// overtaken by a newer one while the index was building is skipped: only what the reader typed last
// matters.
import { fetchChecked } from '../../data/fetch-checked';
import type { FileCheck } from '../../data/file-checks';
import { searchArticlesFile, searchFile, type SearchArticlesFile, type SearchFile } from '../../data/schema';
import { SCHEMA_VERSION } from '../../data/schema-constants';
import { addArticles, allArticlesIndexed, buildSearchEngine, search, type SearchAnswer, type SearchEngine } from './lib/search-engine';

export interface SearchRequest {
  id: number;
  url: string;
  query: string;
  limit: number;
}

export type SearchReply = { id: number; answer: SearchAnswer; articlesProblem?: string } | { id: number; error: string };

/** How long the worker indexes articles before it looks at its messages again. */
const SLICE_MS = 25;
/** While the articles are indexed, the latest query is answered again at most this often. */
const REANSWER_MS = 1500;

// The worker checks the search files with the schema itself (zod, jitless): the generated validators
// are preloaded with the first paint, and the search must add nothing to it.
function checkWith<T>(schema: { safeParse: (data: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }): FileCheck<T> {
  return (data) => {
    const result = schema.safeParse(data);
    if (result.success) return { ok: true, value: result.data };
    const first = result.error.issues[0];
    return { ok: false, problem: `${first?.path.map(String).join('.') || 'top level'}: ${first?.message ?? 'unknown problem'}` };
  };
}
const checkSearchFile: FileCheck<SearchFile> = checkWith(searchFile);
const checkArticles: FileCheck<SearchArticlesFile> = checkWith(searchArticlesFile);

let engine: Promise<SearchEngine> | null = null;
let articles: Promise<void> | null = null;
let articlesProblem: string | undefined;
let latest: SearchRequest | null = null;
let answeredAt = 0;

function reply(message: SearchReply): void {
  (self as unknown as Worker).postMessage(message);
}

function answer(ready: SearchEngine, request: SearchRequest): void {
  answeredAt = performance.now();
  reply({ id: request.id, answer: search(ready, request.query, request.limit), ...(articlesProblem === undefined ? {} : { articlesProblem }) });
}

// A message to itself, not setTimeout: nested timeouts are held back to 4 ms each, hundreds of times.
const channel = new MessageChannel();
const yieldToMessages = () =>
  new Promise<void>((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

function fetchArticles(url: string): Promise<SearchArticlesFile> {
  const p = fetchChecked(url, checkArticles, 'article text for the search', { expectedVersion: SCHEMA_VERSION });
  p.catch(() => undefined);
  return p;
}

/** The first chunk, asked for as soon as search.json names it, so that it downloads while events are indexed. */
let firstChunk: Promise<SearchArticlesFile> | null = null;

async function loadArticles(ready: SearchEngine, url: string): Promise<void> {
  const chunks = ready.file.chunks.map((name) => new URL(name, url).href);
  const fetchChunk = (i: number) => {
    const early = i === 0 ? firstChunk : null;
    firstChunk = null;
    return early ?? fetchArticles(chunks[i]!);
  };
  // The next chunk downloads while this one is indexed.
  let next = chunks.length > 0 ? fetchChunk(0) : null;
  for (let i = 0; next !== null; i++) {
    const chunk = await next;
    next = i + 1 < chunks.length ? fetchChunk(i + 1) : null;
    for (let s = 0; s < chunk.articles.length; ) {
      const until = performance.now() + SLICE_MS;
      do addArticles(ready, [chunk.articles[s++]!]);
      while (s < chunk.articles.length && performance.now() < until);
      await yieldToMessages();
      if (latest && performance.now() - answeredAt > REANSWER_MS && !allArticlesIndexed(ready)) answer(ready, latest);
    }
  }
  if (!allArticlesIndexed(ready)) throw new Error('Some articles are missing from the search’s article text.');
}

self.onmessage = async (message: MessageEvent<SearchRequest>) => {
  const request = message.data;
  if (latest && request.id < latest.id) return;
  latest = request;
  engine ??= fetchChecked(request.url, checkSearchFile, 'search index', { expectedVersion: SCHEMA_VERSION }).then((file) => {
    const first = file.chunks[0];
    if (first !== undefined) firstChunk = fetchArticles(new URL(first, request.url).href);
    return buildSearchEngine(file);
  });
  try {
    const ready = await engine;
    if (latest !== request) return;
    answer(ready, request);
    // The articles' text follows; a failure leaves the search on titles, names and places, and the
    // next request tries again (it may have been the network).
    articles ??= loadArticles(ready, request.url).then(
      () => {
        articlesProblem = undefined;
        if (latest) answer(ready, latest);
      },
      (error: unknown) => {
        articles = null;
        articlesProblem = error instanceof Error ? error.message : 'The articles’ text could not be loaded.';
        if (latest) answer(ready, latest);
      },
    );
  } catch (error) {
    engine = null;
    reply({ id: request.id, error: error instanceof Error ? error.message : 'The search index could not be loaded.' });
  }
};
