// Public face of the article feature.
export { ArticlePanel } from './article-panel';
