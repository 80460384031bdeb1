// The zoom controller as a hook: attaches d3-zoom (its own chunk) to `node` once, and makes it follow
// `view` before every paint, so the canvas and d3-zoom agree within the same frame.
import { useLayoutEffect, useRef } from 'react';
import type { ZoomController } from './zoom-controller';
import type { ZoomConfig, ZoomView } from './zoom-view';

// Requested as soon as this module runs (while the dataset loads), not when a view mounts: by the time
// the first marks are drawn the chunk is in, and a drag that starts on the first visible frame is not lost.
const zoomChunk = import('./zoom-controller');

export function useZoomController(node: HTMLElement | null, view: ZoomView | null, config: ZoomConfig): void {
  const controller = useRef<ZoomController | null>(null);
  const latest = useRef({ view, config });
  useLayoutEffect(() => {
    latest.current = { view, config };
  });

  // A layout effect: it runs in the commit's task, and the chunk's promise (already settled by then)
  // calls back in that task's microtasks, so the listeners are on before any input is handled.
  useLayoutEffect(() => {
    if (!node) return;
    let cancelled = false;
    void zoomChunk.then(({ attachZoom }) => {
      if (cancelled) return;
      const attached = attachZoom(node, () => latest.current.config);
      const { view: now, config: c } = latest.current;
      if (now) attached.follow(now, c.extents);
      controller.current = attached;
    });
    return () => {
      cancelled = true;
      controller.current?.detach();
      controller.current = null;
    };
  }, [node]);

  const { k = 0, x = 0, y = 0 } = view ?? {};
  const extents = config.extents;
  useLayoutEffect(() => {
    if (view) controller.current?.follow(view, extents);
    // view is compared by value (k, x, y) so that an equal view from a new object does not refollow.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [k, x, y, extents, view === null]);
}
