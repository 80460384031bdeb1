// An event selected elsewhere (the network, the article panel, a filter chip's link) is brought into
// the window, keeping the zoom level unless it is far. A link or Back/Forward that sets a window along
// with the event keeps that window: it is what the sender saw.
import { useEffect, useRef } from 'react';
import type { DatasetIndex } from '../../data/dataset-index';
import { useUiStore } from '../../state/ui-store';
import { windowToInclude } from './lib/time-scale';

const DAY = 86_400_000;

export function useBringIntoView(index: DatasetIndex, reveal: (eventId: string) => void): void {
  const revealRef = useRef(reveal);
  useEffect(() => {
    revealRef.current = reveal;
  }, [reveal]);
  useEffect(
    () =>
      useUiStore.subscribe((state, prev) => {
        const id = state.selectedEventId;
        if (!id || id === prev.selectedEventId || state.window !== prev.window) return;
        const p = index.positionById.get(id);
        if (p === undefined) return;
        const next = windowToInclude(state.frame, state.window, index.starts[p]!, index.ends[p]! + DAY);
        if (next !== state.window) state.setWindow(next);
        // In view may still mean inside a cluster (dense data): zoom in until it has its own mark.
        revealRef.current(id);
      }),
    [index],
  );
}
