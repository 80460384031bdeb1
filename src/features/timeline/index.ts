// Public face of the timeline feature: the app shell imports only this.
export { TimelineView } from './timeline-view';
export { TimelinePreview } from './timeline-preview';
