// Runs the store's query through the worker on every change and hands the matching event ids to the
// store (the views filter on them). The answer for the current query, its state and the error, if any.
import { useEffect, useState } from 'react';
import { selectQuery, useUiStore } from '../../state/ui-store';
import type { SearchAnswer } from './lib/search-engine';
import { runSearch } from './search-client';

export type SearchStatus =
  | { state: 'idle' }
  /** `answer` is the previous query's, kept on screen until the new one arrives (or null). */
  | { state: 'searching'; answer: SearchAnswer | null }
  /** Answered from what is indexed so far: the articles' text is still arriving (or failed to). */
  | { state: 'partial'; answer: SearchAnswer; articlesProblem: string | null }
  | { state: 'ready'; answer: SearchAnswer }
  | { state: 'error'; message: string };

export const PAGE_SIZE = 50;
/**
 * The views (timeline, network, facet counts) take an answer once no newer key came for this long: the
 * result list follows every key, while re-filtering every view per key would make typing stutter at
 * tens of thousands of events. Until then they keep the last answer's matches.
 */
const VIEWS_DELAY_MS = 150;

interface Outcome {
  query: string;
  limit: number;
  answer: SearchAnswer | null;
  articlesProblem: string | null;
  error: string | null;
}

export const isComplete = (answer: SearchAnswer) => answer.articlesSearched >= answer.articlesTotal;

export function useSearch(limit: number): SearchStatus {
  const query = useUiStore(selectQuery);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    const store = useUiStore.getState;
    if (query === '') {
      store().setSearchHits(null);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cancel = runSearch(
      query,
      limit,
      ({ answer, articlesProblem }) => {
        setOutcome({ query, limit, answer, articlesProblem: articlesProblem ?? null, error: null });
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (store().query === answer.query) store().setSearchHits({ query: answer.query, eventIds: answer.eventIds });
        }, VIEWS_DELAY_MS);
      },
      (error) => {
        setOutcome({ query, limit, answer: null, articlesProblem: null, error: error.message });
        // The views no longer follow an answer that is not this query's.
        store().setSearchHits(null);
      },
    );
    return () => {
      cancel();
      clearTimeout(timer);
    };
  }, [query, limit]);

  if (query === '') return { state: 'idle' };
  if (outcome?.query === query && outcome.limit === limit) {
    if (outcome.error !== null) return { state: 'error', message: outcome.error };
    if (outcome.answer) {
      return isComplete(outcome.answer) ? { state: 'ready', answer: outcome.answer } : { state: 'partial', answer: outcome.answer, articlesProblem: outcome.articlesProblem };
    }
  }
  return { state: 'searching', answer: outcome?.answer ?? null };
}
