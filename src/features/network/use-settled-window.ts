// Store values as the network follows them: lazily. A zoom or pan changes the store's window every
// frame; the network only needs the window the reader stopped on. A filter change should first show
// on the timeline; the network's subgraph, tie table and redraw may come a moment later. These hooks
// subscribe to the store outside React (so the changes do not even re-render the network) and hand
// the value over `delayMs` after the last change, as a transition, so the recomputation it triggers
// yields to the timeline if the reader goes on zooming or filtering. Selection is read directly
// elsewhere and applies at once.
import { selectOfficialIds, selectWindow } from '../../state/ui-store';
import { sameDaysInView, type TimeWindow } from '../../state/time-window';
import { selectEventFilter } from '../../state/event-filter-state';
import { useSettledValue } from '../../state/use-settled-value';
import type { EventFilter } from '../../data/event-filter';

export const SETTLE_MS = 200;
/** Long enough for the timeline's own (deferred) update to the filter to commit first. */
export const FILTER_SETTLE_MS = 40;

export function useSettledWindow(delayMs = SETTLE_MS): TimeWindow {
  // A window that shows the same events as the settled one changes nothing the network draws.
  return useSettledValue(selectWindow, delayMs, sameDaysInView);
}

export function useSettledOfficialIds(delayMs = FILTER_SETTLE_MS): string[] {
  return useSettledValue(selectOfficialIds, delayMs);
}

export function useSettledFilter(delayMs = FILTER_SETTLE_MS): EventFilter {
  return useSettledValue(selectEventFilter, delayMs);
}
