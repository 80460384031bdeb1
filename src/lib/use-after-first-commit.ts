// A commit should hold only what its paint needs: the first one, the header and the timeline's marks;
// a view's first, its picture. Views in lazy chunks start loading when they are first rendered, and
// starting them costs the commit the import, its preload links and CSS; parts below a view's picture
// (a long table) cost it their DOM and measuring. Rendering them in a transition after the commit
// moves that work into later tasks, and React time-slices it.
import { startTransition, useEffect, useState } from 'react';

/**
 * False during the first render, then true (set in a transition right after the first commit, or with
 * `afterPaint`, once the browser has painted that commit: a part that measures itself then forces the
 * style and layout of its own elements only, not of everything the commit inserted).
 */
export function useAfterFirstCommit({ afterPaint = false } = {}): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const show = () => startTransition(() => setReady(true));
    if (!afterPaint) return show();
    let timer = 0;
    // A frame's callback runs before its paint; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(show);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [afterPaint]);
  return ready;
}
