// The timeline's window as the network follows it: lazily. A zoom or pan changes the store's window
// every frame; the network only needs the window the reader stopped on. This hook subscribes to the
// store outside React (so zoom frames do not even re-render the network) and hands over the window
// `delayMs` after the last change, as a transition, so the recomputation it triggers yields to the
// timeline if the reader starts zooming again. Filter and selection are read directly elsewhere and
// still apply at once.
import { startTransition, useEffect, useState } from 'react';
import { selectWindow, useUiStore } from '../../state/ui-store';
import { sameWindow, type TimeWindow } from '../../state/time-window';

export const SETTLE_MS = 200;

export function useSettledWindow(delayMs = SETTLE_MS): TimeWindow {
  const [settled, setSettled] = useState<TimeWindow>(() => selectWindow(useUiStore.getState()));

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      timer = undefined;
      const next = selectWindow(useUiStore.getState());
      // Keep the old object when nothing moved, so memos keyed on it hold.
      startTransition(() => setSettled((current) => (sameWindow(current, next) ? current : next)));
    };
    const schedule = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(settle, delayMs);
    };
    const unsubscribe = useUiStore.subscribe((state, previous) => {
      if (selectWindow(state) !== selectWindow(previous)) schedule();
    });
    // A change between the first render and this subscription is picked up too.
    schedule();
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe();
    };
  }, [delayMs]);

  return settled;
}
