// Public face of the search feature. The app loads it lazily (nothing of it is in the first
// bundle); the worker and its index load on the first search.
export { default } from './search-box';
export { findQueryHits } from './lib/fold';
