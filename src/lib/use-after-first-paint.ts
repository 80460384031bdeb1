// A commit should hold only what its paint needs. A part below a view's picture (a long table) costs
// its DOM and its measuring: rendered once the commit that inserted the view has painted, in a
// transition, that work moves into later tasks, and measuring then forces the style and layout of the
// part's own elements only, not of everything the view's commit inserted.
import { startTransition, useEffect, useState } from 'react';

/** False until the browser has painted the first commit, then true (set in a transition). */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let timer = 0;
    // A frame's callback runs before its paint; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setReady(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return ready;
}
