// Public face of the permalink feature: the pages the build writes per event and per official.
// Used at build time only (src/pipeline/pages); nothing here enters the app's bundle.
export { EventPage } from './event-page';
export { OfficialPage } from './official-page';
export { renderHead } from './lib/page-head';
export { eventPageHead, officialPageHead, type SiteContext } from './lib/page-meta';
export const PERMALINK_CSS = new URL('./permalink.css', import.meta.url);
