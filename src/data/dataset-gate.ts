// Ordering the first paint of a large dataset: event-dates.json (small) draws the timeline's first
// picture while dataset.json loads; parsing and checking dataset.json is one long task, so it waits
// until that picture is painted (the gate opens), or until it is clear there will be none. The
// network request itself is not held back, only the parse.

/** Below this many events the whole dataset parses quickly: no picture first, the gate opens at once. */
export const PREVIEW_MIN_EVENTS = 2000;
/** However the first picture fares, the dataset's parse never waits longer than this. */
export const GATE_MAX_WAIT_MS = 1500;

let open: () => void = () => undefined;
const gate = new Promise<void>((resolve) => {
  open = resolve;
});

/** Let dataset.json be parsed: the first picture is painted, or will not be drawn. Idempotent. */
export function openDatasetGate(): void {
  open();
}

/** Resolves once the gate is open, or after GATE_MAX_WAIT_MS. */
export function datasetGate(): Promise<void> {
  return Promise.race([gate, new Promise<void>((resolve) => setTimeout(resolve, GATE_MAX_WAIT_MS))]);
}

/** Whether a dataset of this many events gets a first picture from its dates. */
export function wantsPreview(eventCount: number): boolean {
  return eventCount >= PREVIEW_MIN_EVENTS;
}
