// The parts below the first picture (the article panel, the network, the bar's lazy controls) each
// cost a commit: their DOM, their effects, the fetches they start. Shown together, that is one long
// task; shown one per commit, each is short and input gets in between.
import { startTransition, useEffect, useState } from 'react';

/**
 * 0 in the first commit, then 1, 2, … up to `count`: each step is set in a transition once the commit
 * that showed the previous part has run its effects. Each of `preloads` (asking for a part's chunk) runs
 * once, in a task of its own after the first commit, so that the parts load together while they are
 * shown one by one, and asking for them (Vite inserts a preload link per dependency) stays out of the
 * first commit's task.
 */
export function useStagedReveal(count: number, preloads: ReadonlyArray<() => void>): number {
  const [shown, setShown] = useState(0);
  const [pending] = useState(preloads);
  useEffect(() => {
    if (shown < count) startTransition(() => setShown(shown + 1));
  }, [shown, count]);
  useEffect(() => {
    const timers = pending.map((preload) => window.setTimeout(preload));
    return () => timers.forEach((timer) => clearTimeout(timer));
  }, [pending]);
  return shown;
}
