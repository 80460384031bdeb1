// One search worker per page, started by the first search. Each search hears only its own answers,
// and only while it is the newest: the worker skips overtaken requests, and answers the newest again
// as the articles' text is indexed, so results never arrive out of order.
import { dataUrl } from '../../data/fetch-checked';
import type { SearchAnswer } from './lib/search-engine';
import type { SearchReply, SearchRequest } from './search.worker';

export interface SearchUpdate {
  answer: SearchAnswer;
  /** Why the articles' text is not (yet) searched, when loading it failed. */
  articlesProblem?: string;
}

interface Listener {
  onAnswer: (update: SearchUpdate) => void;
  onError: (error: Error) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const listeners = new Map<number, Listener>();

function start(): Worker {
  const w = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<SearchReply>) => {
    const reply = event.data;
    const listener = listeners.get(reply.id);
    if (!listener) return;
    // Anything older than this reply will not be answered (the worker skips overtaken requests).
    for (const id of listeners.keys()) if (id < reply.id) listeners.delete(id);
    if ('answer' in reply) listener.onAnswer({ answer: reply.answer, ...(reply.articlesProblem === undefined ? {} : { articlesProblem: reply.articlesProblem }) });
    else {
      listeners.delete(reply.id);
      listener.onError(new Error(reply.error));
    }
  };
  w.onerror = (event) => {
    event.preventDefault();
    for (const listener of listeners.values()) listener.onError(new Error('The search stopped working. Reload the page to search again.'));
    listeners.clear();
    worker = null;
  };
  return w;
}

/** Ask for `query`: `onAnswer` hears each answer (more complete as the articles arrive) until `cancel`. */
export function runSearch(query: string, limit: number, onAnswer: Listener['onAnswer'], onError: Listener['onError']): () => void {
  worker ??= start();
  const id = nextId++;
  const request: SearchRequest = { id, url: new URL(dataUrl('search.json'), window.location.href).href, query, limit };
  listeners.set(id, { onAnswer, onError });
  worker.postMessage(request);
  return () => {
    listeners.delete(id);
  };
}
