// The search runs here, off the main thread: the first request loads search.json (checked against
// the schema) and builds the index; then each request is answered in turn. A request overtaken by a
// newer one while the index was building is skipped: only what the reader typed last matters.
import { fetchChecked } from '../../data/fetch-checked';
import type { FileCheck } from '../../data/file-checks';
import { searchFile, type SearchFile } from '../../data/schema';
import { SCHEMA_VERSION } from '../../data/schema-constants';
import { buildSearchEngine, search, type SearchAnswer, type SearchEngine } from './lib/search-engine';

export interface SearchRequest {
  id: number;
  url: string;
  query: string;
  limit: number;
}

export type SearchReply = { id: number; answer: SearchAnswer } | { id: number; error: string };

let engine: Promise<SearchEngine> | null = null;

// The worker checks search.json with the schema itself (zod, jitless): the generated validators are
// preloaded with the first paint, and the search must add nothing to it.
const checkSearchFile: FileCheck<SearchFile> = (data) => {
  const result = searchFile.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const first = result.error.issues[0];
  return { ok: false, problem: `${first?.path.join('.') || 'top level'}: ${first?.message ?? 'unknown problem'}` };
};
let latest = 0;

function reply(message: SearchReply): void {
  (self as unknown as Worker).postMessage(message);
}

self.onmessage = async (message: MessageEvent<SearchRequest>) => {
  const { id, url, query, limit } = message.data;
  latest = Math.max(latest, id);
  engine ??= fetchChecked(url, checkSearchFile, 'search index', { expectedVersion: SCHEMA_VERSION }).then(buildSearchEngine);
  try {
    const ready = await engine;
    if (id !== latest) return;
    reply({ id, answer: search(ready, query, limit) });
  } catch (error) {
    // The next request tries again (the failure may have been the network).
    engine = null;
    reply({ id, error: error instanceof Error ? error.message : 'The search index could not be loaded.' });
  }
};
