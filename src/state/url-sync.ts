// Keeps the URL and the UI store in step, in both directions:
// - when the dataset arrives, the link's state is applied (checked against the dataset);
// - selecting an event or changing the filter pushes a history entry, so Back/Forward walk them;
// - zooming and panning replace the current entry, debounced, so history is not flooded;
// - Back/Forward (popstate) re-apply the entry's state without pushing a new one.
import { useLayoutEffect } from 'react';
import { appRootPath, historyActionFor, serializeUrlState, sharedStateFromLocation, type UrlLookups } from './url-state';
import { useUiStore } from './ui-store';
import type { UiState } from './ui-slices';

/** How long the window must rest before the URL follows it. */
export const WINDOW_REPLACE_DEBOUNCE_MS = 300;

function currentUrl(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}

function urlFor(search: string): string {
  // Keep the hash; the query is ours. On an event's or official's page, the state moves to the
  // app's root page: the page's own path would otherwise keep saying "this event" after a change.
  return `${appRootPath(window.location.pathname)}${search}${window.location.hash}`;
}

/** Wire the URL to the store once the dataset (the lookups) is loaded. */
export function useUrlSync(lookups: UrlLookups | undefined): void {
  // A layout effect: the link's state (and the corpus's span, the default window) is in the store
  // before the first frame with data is painted.
  useLayoutEffect(() => {
    if (!lookups) return;
    const store = useUiStore;
    // True while state comes FROM the URL, so the subscription does not write it back.
    let applying = false;
    let replaceTimer: ReturnType<typeof setTimeout> | undefined;

    const applyFromLocation = () => {
      applying = true;
      try {
        store.getState().applySharedState(sharedStateFromLocation(window.location.pathname, window.location.search, lookups));
      } finally {
        applying = false;
      }
    };

    const write = (mode: 'push' | 'replace', state: UiState = store.getState()) => {
      const url = urlFor(serializeUrlState(state));
      if (url === currentUrl()) return;
      try {
        if (mode === 'push') window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      } catch {
        // Some embedders forbid history changes (sandboxed frames); the app works without them.
      }
    };

    const cancelReplace = () => {
      if (replaceTimer !== undefined) clearTimeout(replaceTimer);
      replaceTimer = undefined;
    };

    applyFromLocation();

    const unsubscribe = store.subscribe((state: UiState, prev: UiState) => {
      if (applying) return;
      const action = historyActionFor(prev, state);
      if (action === 'push') {
        // A zoom still waiting to be written belongs to the entry being left: write it there first,
        // so Back returns to the window the reader had zoomed to.
        if (replaceTimer !== undefined) {
          cancelReplace();
          write('replace', prev);
        }
        write('push');
      } else if (action === 'replace') {
        cancelReplace();
        replaceTimer = setTimeout(() => {
          replaceTimer = undefined;
          write('replace');
        }, WINDOW_REPLACE_DEBOUNCE_MS);
      }
    });

    const onPopState = () => {
      cancelReplace();
      applyFromLocation();
    };
    window.addEventListener('popstate', onPopState);

    return () => {
      cancelReplace();
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [lookups]);
}
