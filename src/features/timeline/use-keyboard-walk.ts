// The timeline's keys, active while focus is inside it: ArrowLeft/ArrowRight walk the filtered
// events in date order (panning, and zooming in if the next one is only inside a cluster), + = - 0
// zoom, Escape clears the selection. Enter and Space are the buttons' own click.
import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { DatasetIndex } from '../../data/dataset-index';
import { MIN_WINDOW_MS, type TimeWindow } from '../../state/time-window';
import { useUiStore } from '../../state/ui-store';
import { allows, keyIntent, neighbourPosition } from './lib/keyboard-nav';
import { bisect, type TimeIndex } from './lib/time-index';
import type { TimelineLayout } from './lib/timeline-layout';
import { windowToInclude, zoomAnchor, zoomWindow } from './lib/time-scale';

const DAY = 86_400_000;

interface Pending {
  eventId: string;
  /** Zoom in while the event is only inside a cluster (arrow keys); a cluster click does not. */
  zoomIn: boolean;
  /** Move focus to it (keys, clusters); a selection made elsewhere only makes it visible. */
  focus: boolean;
}

export function useKeyboardWalk(
  overlay: RefObject<HTMLDivElement | null>,
  index: DatasetIndex,
  timeIndex: TimeIndex,
  window: TimeWindow,
  shown: TimelineLayout,
  /** False while the overlay (a deferred render) still shows an older layout than the canvas. */
  settled: boolean,
  /** Told which event the keys moved to, so the layout pins it. */
  onTarget: (eventId: string) => void,
) {
  const pending = useRef<Pending | null>(null);
  /** Where the walk is when the current event is hidden inside a cluster. */
  const walkPosition = useRef<number | null>(null);

  const focusEvent = useCallback(
    (eventId: string, zoomIn: boolean) => {
      const p = index.positionById.get(eventId);
      if (p === undefined) return;
      walkPosition.current = p;
      pending.current = { eventId, zoomIn, focus: true };
      onTarget(eventId);
      // The focus moves after the next render (the effect below), once the target is pinned and shown.
      const next = windowToInclude(useUiStore.getState().frame, window, index.starts[p]!, index.ends[p]! + DAY);
      if (next !== window) useUiStore.getState().setWindow(next);
    },
    [index, window, onTarget],
  );

  /** Focus the pending event's button if it is shown; else zoom in or focus its cluster. */
  function tryFocus() {
    const want = pending.current;
    const root = overlay.current;
    if (!want || !root) return;
    const button = root.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(want.eventId)}"]`);
    if (button) {
      pending.current = null;
      if (want.focus) button.focus();
      return;
    }
    // Not shown yet may only mean the deferred overlay has not caught up: decide once it has.
    if (!settled) return;
    const p = index.positionById.get(want.eventId);
    if (p === undefined) return;
    const start = index.starts[p]!;
    // An event the filter hides never gets a mark: zooming in would not help.
    const passes = allows(timeIndex.allPositions, p);
    if (want.zoomIn && passes && window.to - window.from > MIN_WINDOW_MS * 1.01) {
      useUiStore.getState().setWindow(zoomWindow(useUiStore.getState().frame, window, 4, start + DAY / 2));
      return;
    }
    pending.current = null;
    if (!want.focus) return;
    const cluster = shown.clusters.find((c) => c.start <= start && start < c.end);
    if (cluster) root.querySelector<HTMLElement>(`[data-cluster-start="${cluster.start}"]`)?.focus();
  }

  // After each render of the overlay, finish a pending focus move.
  useEffect(() => {
    if (pending.current) tryFocus();
  });

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const intent = keyIntent(event.key);
      if (!intent) return;
      const store = useUiStore.getState();
      event.preventDefault();
      if (intent === 'zoom-in' || intent === 'zoom-out') {
        // Zoom around the focused event, else the selected one, so that it (and keyboard focus with
        // it) stays in view.
        const focusedId = (document.activeElement as HTMLElement | null)?.closest('[data-event-id]')?.getAttribute('data-event-id');
        const span = (id: string | null | undefined): [number, number] | null => {
          const p = id ? index.positionById.get(id) : undefined;
          return p === undefined ? null : [index.starts[p]!, index.ends[p]! + DAY];
        };
        const center = zoomAnchor(window, [span(focusedId), span(store.selectedEventId)]);
        store.setWindow(zoomWindow(store.frame, window, intent === 'zoom-in' ? 2 : 0.5, center));
      } else if (intent === 'reset') {
        store.resetWindow();
      } else if (intent === 'clear') {
        store.selectEvent(null);
      } else {
        const active = document.activeElement as HTMLElement | null;
        const focusedId = active?.closest('[data-event-id]')?.getAttribute('data-event-id');
        const clusterStart = Number(active?.closest('[data-cluster-start]')?.getAttribute('data-cluster-start') ?? NaN);
        let current: number | null = focusedId ? (index.positionById.get(focusedId) ?? null) : null;
        let fallback = bisect(index.starts, window.from, false);
        if (current === null && Number.isFinite(clusterStart)) {
          // From a cluster: continue the walk if it is inside, else enter the cluster at its start.
          const p = walkPosition.current;
          const inside = p !== null && index.starts[p]! >= clusterStart && index.starts[p]! < Number(active?.getAttribute('data-cluster-end'));
          if (inside) current = p;
          else fallback = bisect(index.starts, clusterStart, false);
        }
        const target = neighbourPosition(timeIndex.allPositions, current, intent === 'next' ? 1 : -1, fallback);
        if (target !== null) focusEvent(index.eventsByDate[target]!.id, true);
      }
    },
    [focusEvent, index, timeIndex, window],
  );

  /** Focus an event once the next layout shows it (after a cluster opened); no panning, no zooming. */
  const focusAfterRender = useCallback(
    (eventId: string) => {
      const p = index.positionById.get(eventId);
      if (p === undefined) return;
      walkPosition.current = p;
      pending.current = { eventId, zoomIn: false, focus: true };
    },
    [index],
  );

  /** Make an event selected elsewhere visible: zoom in while it is only inside a cluster. */
  const revealAfterRender = useCallback((eventId: string) => {
    if (pending.current?.focus) return; // a keyboard move in progress wins
    pending.current = { eventId, zoomIn: true, focus: false };
  }, []);

  /** The reader took the wheel: drop any automatic zoom still pending. */
  const cancelPending = useCallback(() => {
    pending.current = null;
  }, []);

  return { onKeyDown, focusAfterRender, revealAfterRender, cancelPending };
}
