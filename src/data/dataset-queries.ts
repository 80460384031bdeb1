// Server data enters React only through these queries. The files are static build output, so they
// never go stale while the page is open.
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { buildDatasetIndex } from './dataset-index';
import { datasetGate, openDatasetGate, wantsPreview } from './dataset-gate';
import { decodeEventDates } from './event-dates';
import { dataUrl, fetchChecked } from './fetch-checked';
import { loadArticleFileCheck, loadDatasetCheck, loadEventDatesCheck } from './file-checks';
import { SCHEMA_VERSION } from './schema-constants';

export const datasetQuery = queryOptions({
  queryKey: ['dataset'],
  queryFn: async ({ signal }) =>
    buildDatasetIndex(
      await fetchChecked(dataUrl('dataset.json'), loadDatasetCheck(), 'dataset', { signal, expectedVersion: SCHEMA_VERSION, beforeParse: datasetGate() }),
    ),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

/**
 * The dates of every event (event-dates.json), for the timeline's first picture of a large dataset.
 * A small dataset, or a failure here, lets dataset.json be parsed at once: nothing waits on this.
 */
export const eventDatesQuery = queryOptions({
  queryKey: ['event-dates'],
  queryFn: async ({ signal }) => {
    try {
      const file = await fetchChecked(dataUrl('event-dates.json'), loadEventDatesCheck(), 'event dates', { signal, expectedVersion: SCHEMA_VERSION });
      if (!wantsPreview(file.startDeltas.length)) openDatasetGate();
      return { corpus: file.corpus, ...decodeEventDates(file) };
    } catch (error) {
      openDatasetGate();
      throw error;
    }
  },
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

export function useEventDates() {
  return useQuery(eventDatesQuery);
}

export function articleQuery(articleId: string) {
  return queryOptions({
    queryKey: ['article', articleId],
    queryFn: async ({ signal }) => {
      const file = await fetchChecked(dataUrl(`articles/${encodeURIComponent(articleId)}.json`), loadArticleFileCheck(), 'article', { signal });
      if (file.id !== articleId) throw new Error(`The article file for ${articleId} holds another article (${file.id}).`);
      return file;
    },
    staleTime: Infinity,
    retry: false,
  });
}

export function useDataset() {
  return useQuery(datasetQuery);
}

export function useArticle(articleId: string) {
  return useQuery(articleQuery(articleId));
}

/** Warm the cache for an event's articles when it is hovered or focused, so opening it is instant. */
export function prefetchArticles(client: QueryClient, articleIds: readonly string[]): void {
  for (const articleId of articleIds) void client.prefetchQuery(articleQuery(articleId));
}
