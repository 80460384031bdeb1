// Server data enters React only through these queries. The files are static build output, so they
// never go stale while the page is open.
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { buildDatasetIndex } from './dataset-index';
import { dataUrl, fetchChecked } from './fetch-checked';
import { loadArticleFileCheck, loadDatasetCheck } from './file-checks';
import { SCHEMA_VERSION } from './schema-constants';

export const datasetQuery = queryOptions({
  queryKey: ['dataset'],
  queryFn: async ({ signal }) =>
    buildDatasetIndex(await fetchChecked(dataUrl('dataset.json'), loadDatasetCheck(), 'dataset', { signal, expectedVersion: SCHEMA_VERSION })),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

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
