// Store values as the network follows them: lazily. A zoom or pan changes the store's window every
// frame; the network only needs the window the reader stopped on. A filter change should first show
// on the timeline; the network's subgraph, tie table and redraw may come a moment later. These hooks
// subscribe to the store outside React (so the changes do not even re-render the network) and hand
// the value over `delayMs` after the last change, as a transition, so the recomputation it triggers
// yields to the timeline if the reader goes on zooming or filtering. Selection is read directly
// elsewhere and applies at once.
import { startTransition, useEffect, useState } from 'react';
import { selectOfficialIds, selectWindow, useUiStore } from '../../state/ui-store';
import type { UiState } from '../../state/ui-slices';
import { sameWindow, type TimeWindow } from '../../state/time-window';
import { selectEventFilter } from '../../state/event-filter-state';
import type { EventFilter } from '../../data/event-filter';

export const SETTLE_MS = 200;
/** Long enough for the timeline's own (deferred) update to the filter to commit first. */
export const FILTER_SETTLE_MS = 40;

export function useSettledValue<T>(select: (state: UiState) => T, delayMs: number, same: (a: T, b: T) => boolean = Object.is): T {
  const [settled, setSettled] = useState<T>(() => select(useUiStore.getState()));

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      timer = undefined;
      const next = select(useUiStore.getState());
      // Keep the old value when nothing changed, so memos keyed on it hold.
      startTransition(() => setSettled((current) => (same(current, next) ? current : next)));
    };
    const schedule = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(settle, delayMs);
    };
    const unsubscribe = useUiStore.subscribe((state, previous) => {
      if (select(state) !== select(previous)) schedule();
    });
    // A change between the first render and this subscription is picked up too.
    schedule();
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe();
    };
  }, [select, delayMs, same]);

  return settled;
}

export function useSettledWindow(delayMs = SETTLE_MS): TimeWindow {
  return useSettledValue(selectWindow, delayMs, sameWindow);
}

export function useSettledOfficialIds(delayMs = FILTER_SETTLE_MS): string[] {
  return useSettledValue(selectOfficialIds, delayMs);
}

export function useSettledFilter(delayMs = FILTER_SETTLE_MS): EventFilter {
  return useSettledValue(selectEventFilter, delayMs);
}
