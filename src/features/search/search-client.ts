// One search worker per page, started by the first search. Each call answers only if no newer call
// was made meanwhile (older answers resolve to null), so results never arrive out of order.
import { dataUrl } from '../../data/fetch-checked';
import type { SearchAnswer } from './lib/search-engine';
import type { SearchReply, SearchRequest } from './search.worker';

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, { resolve: (a: SearchAnswer | null) => void; reject: (e: Error) => void }>();

function start(): Worker {
  const w = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<SearchReply>) => {
    const reply = event.data;
    const pending = waiting.get(reply.id);
    if (!pending) return;
    waiting.delete(reply.id);
    // Anything older than this reply will not be answered (the worker skips overtaken requests).
    for (const [id, older] of waiting) {
      if (id < reply.id) {
        waiting.delete(id);
        older.resolve(null);
      }
    }
    if ('answer' in reply) pending.resolve(reply.answer);
    else pending.reject(new Error(reply.error));
  };
  w.onerror = (event) => {
    event.preventDefault();
    for (const pending of waiting.values()) pending.reject(new Error('The search stopped working. Reload the page to search again.'));
    waiting.clear();
    worker = null;
  };
  return w;
}

/** Ask for `query`; resolves to null when a newer search overtook this one. */
export function runSearch(query: string, limit: number): Promise<SearchAnswer | null> {
  worker ??= start();
  const id = nextId++;
  const request: SearchRequest = { id, url: new URL(dataUrl('search.json'), window.location.href).href, query, limit };
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker!.postMessage(request);
  });
}
