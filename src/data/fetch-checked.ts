// The one place where fetched data enters the app: every failure becomes a DataLoadError whose
// message says, in words a reader understands, what went wrong.
import type { FileCheck } from './file-checks';

export type DataLoadFailure = 'network' | 'http' | 'json' | 'version' | 'shape';

export class DataLoadError extends Error {
  constructor(
    readonly failure: DataLoadFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'DataLoadError';
  }
}

/** Resolve a data path against Vite's base, so that a build served under a sub-path still works. */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}data/${path}`;
}

/** `check` may be a promise, so that loading the validators overlaps the request. */
export async function fetchChecked<T>(
  url: string,
  checkOrPromise: FileCheck<T> | Promise<FileCheck<T>>,
  what: string,
  options: { signal?: AbortSignal; expectedVersion?: number; beforeParse?: Promise<void> } = {},
): Promise<T> {
  // Observed at once, so that a validator chunk failing while the request also fails is not reported
  // as an unhandled rejection; it is awaited (and its error surfaces) below.
  if (checkOrPromise instanceof Promise) checkOrPromise.catch(() => undefined);
  let response: Response;
  try {
    response = await fetch(url, { signal: options.signal });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    // Offline, only what was opened before is saved on this device (the service worker's cache).
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      throw new DataLoadError('network', `You are offline, and this ${what} was not opened on this device before, so it is not saved here. It loads once you are back online.`);
    }
    throw new DataLoadError('network', `Could not reach the server to load ${what}. Check the connection.`);
  }
  if (!response.ok) {
    const reason = response.status === 404 ? 'was not found' : `failed on the server (HTTP ${response.status})`;
    throw new DataLoadError('http', `The ${what} ${reason}.`, response.status);
  }
  // The body keeps arriving meanwhile; only reading and parsing it waits.
  if (options.beforeParse) await options.beforeParse;
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    throw new DataLoadError('json', `The ${what} is damaged: it is not complete, valid JSON.`);
  }
  if (options.expectedVersion !== undefined) {
    const version = typeof body === 'object' && body !== null ? (body as { schemaVersion?: unknown }).schemaVersion : undefined;
    if (version !== options.expectedVersion) {
      throw new DataLoadError(
        'version',
        `The ${what} has format version ${JSON.stringify(version) ?? 'none'}, which this app does not know (it reads version ${options.expectedVersion}).`,
      );
    }
  }
  const check = await checkOrPromise;
  const checked = check(body);
  if (!checked.ok) throw new DataLoadError('shape', `The ${what} does not have the expected shape (${checked.problem}).`);
  return checked.value;
}
