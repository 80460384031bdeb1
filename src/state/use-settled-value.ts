// A store value as a slow follower sees it: subscribed outside React (so a change re-renders nothing)
// and handed over `delayMs` after the last change, as a transition, so the recomputation it triggers
// yields to the views that follow every frame. A new value that `same` deems equal keeps the old one,
// so that memos keyed on it hold.
import { startTransition, useEffect, useState } from 'react';
import { useUiStore } from './ui-store';
import type { UiState } from './ui-slices';

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
