// Public face of the cite feature.
export { CiteButton } from './cite-button';
