// Public face of the filters feature. The facets (kind, organization, place, match mode) are a lazy
// chunk: the first paint needs only the official filter.
import { lazy } from 'react';

export { FilterBar } from './filter-bar';
export const FacetFilters = lazy(() => import('./facet-filters'));
