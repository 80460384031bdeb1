// The dataset format's plain constants, without zod: views that only list kinds (legends, colours)
// and the loaders' version check import them from here, so that zod loads in its own chunk, off the
// first bundle. schema.ts re-exports them all.
export const SCHEMA_VERSION = 2;
export const eventKinds = ['talks', 'online talks', 'strategic dialogue', 'signing', 'visit', 'ceremony', 'other'] as const;
export const datePrecisions = ['day', 'range', 'month', 'year'] as const;
/** What an evidence passage says about its event: who took part, when, where, what happened. */
export const evidenceClaims = ['who', 'when', 'where', 'what'] as const;
