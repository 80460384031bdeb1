// A commit should hold only what its paint needs: the first one, the header and the timeline's marks;
// a view's first, its picture. Views in lazy chunks start loading when they are first rendered, and
// starting them costs the commit the import, its preload links and CSS; parts below a view's picture
// (a long table) cost it their DOM and measuring. Rendering them in a transition after the commit
// moves that work into later tasks, and React time-slices it.
import { startTransition, useEffect, useState } from 'react';

/** False during the first render, then true (set in a transition right after the first commit). */
export function useAfterFirstCommit(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    startTransition(() => setReady(true));
  }, []);
  return ready;
}
