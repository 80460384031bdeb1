// Wheel, drag and pinch zoom on the plot surface. The listeners (d3-zoom, in zoom-listeners.ts) are a
// chunk of their own, outside the initial bundle, and attach once per surface. A window that changes
// from elsewhere (a link, Back/Forward, the zoom buttons) moves d3-zoom's transform without echoing
// back as a zoom event.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useUiStore } from '../../state/ui-store';
import type { TimeFrame, TimeWindow } from '../../state/time-window';
import type { ZoomListeners } from './zoom-listeners';

// Requested as soon as this module runs (while the dataset loads and is checked), not when the surface
// mounts: by the time the first marks are drawn the chunk is in, and a drag that starts on the first
// visible frame is not lost.
const zoomListeners = import('./zoom-listeners');

/** `onGesture` is told when the reader zooms or pans by hand (a pending automatic move then yields). */
export function useTimelineZoom(surface: HTMLDivElement | null, width: number, window: TimeWindow, frame: TimeFrame, onGesture: () => void): void {
  const listeners = useRef<ZoomListeners | null>(null);
  const latest = useRef({ window, width, frame });
  const gesture = useRef(onGesture);
  useEffect(() => {
    gesture.current = onGesture;
  }, [onGesture]);

  // A layout effect: it runs in the commit's task, and the chunk's promise (already settled by then)
  // calls back in that task's microtasks, so the listeners are on before any input is handled.
  useLayoutEffect(() => {
    if (!surface) return;
    let cancelled = false;
    void zoomListeners.then(({ attachZoomListeners }) => {
      if (cancelled) return;
      const attached = attachZoomListeners(
        surface,
        (w) => useUiStore.getState().setWindow(w),
        () => gesture.current(),
      );
      attached.follow(latest.current.window, latest.current.width, latest.current.frame);
      listeners.current = attached;
    });
    return () => {
      cancelled = true;
      listeners.current?.detach();
      listeners.current = null;
    };
  }, [surface]);

  // Follow the store: before paint, so the canvas and d3-zoom agree within the same frame.
  useLayoutEffect(() => {
    latest.current = { window, width, frame };
    listeners.current?.follow(window, width, frame);
  }, [width, window, frame]);
}
