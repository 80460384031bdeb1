// Public face of the filters feature. The facets (kind, organization, place, match mode) are a lazy
// chunk: the first paint needs only the official filter.
import { lazy } from 'react';

export { FilterBar } from './filter-bar';
const loadFacetFilters = () => import('./facet-filters');
export const FacetFilters = lazy(loadFacetFilters);

/** Asks for the facets' chunk ahead of their first render. */
export function preloadFacetFilters(): void {
  void loadFacetFilters();
}
