// The first commit should hold only what the first paint needs (the header and the timeline's
// marks). Views in lazy chunks start loading when they are first rendered, and starting them costs
// the first commit ~20 ms (the import, its preload links and CSS); rendering them in a transition
// after the first commit moves that work off the path to the first marks, and React time-slices it.
import { startTransition, useEffect, useState } from 'react';

/** False during the first render, then true (set in a transition right after the first commit). */
export function useAfterFirstCommit(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    startTransition(() => setReady(true));
  }, []);
  return ready;
}
