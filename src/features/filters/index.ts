// Public face of the filters feature.
export { FilterBar } from './filter-bar';
