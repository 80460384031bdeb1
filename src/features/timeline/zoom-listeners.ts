// d3-zoom on the plot surface: the one DOM node d3 owns, for its wheel, drag and pinch listeners.
// A chunk of its own (d3-zoom brings d3-selection, d3-transition and d3-drag): the first marks are
// painted without it, and it attaches a moment later. The store's window stays the single source of
// truth; zoom events become store writes, at most one per frame.
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { sameWindow, type TimeFrame, type TimeWindow } from '../../state/time-window';
import { transformToWindow, windowToTransform, zoomScaleExtent, zoomTranslateExtent } from './lib/time-scale';

export interface ZoomListeners {
  /** Move d3-zoom's transform to show `target` (a window set elsewhere, in `frame`), without a zoom event back. */
  follow(target: TimeWindow, width: number, frame: TimeFrame): void;
  detach(): void;
}

/** `onWindow` gets the reader's zooms and pans (once per frame); `onGesture` is told of each one at once. */
export function attachZoomListeners(surface: HTMLDivElement, onWindow: (window: TimeWindow) => void, onGesture: () => void): ZoomListeners {
  const selection = select(surface);
  let width = 0;
  let frame: TimeFrame | null = null;
  let syncing = false;
  /** The last window written to the store: when it comes back through follow(), it is our own echo. */
  let written: { window: TimeWindow; width: number } | null = null;
  let animationFrame = 0;
  let pending: TimeWindow | null = null;
  const flush = () => {
    animationFrame = 0;
    if (!pending) return;
    written = { window: pending, width };
    onWindow(pending);
    pending = null;
  };
  const behavior = zoom<HTMLDivElement, unknown>()
    // A few pixels of jitter on a click still select the mark under the pointer.
    .clickDistance(4)
    // Pointer and wheel only (the default minus double-click); keys are the timeline's own.
    .filter((event: MouseEvent) => (!event.ctrlKey || event.type === 'wheel') && !event.button)
    .on('zoom', (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
      if (syncing || width <= 0 || !frame) return;
      onGesture();
      pending = transformToWindow(frame, event.transform, width);
      if (!animationFrame) animationFrame = requestAnimationFrame(flush);
    });
  selection.call(behavior).on('dblclick.zoom', null);

  return {
    follow(target, w, f) {
      if (w <= 0) return;
      width = w;
      if (f !== frame) {
        // A new frame (the dataset arrived) moves the base scale: d3-zoom's transform must be redone.
        frame = f;
        written = null;
        behavior.scaleExtent(zoomScaleExtent(f));
      }
      behavior.translateExtent(zoomTranslateExtent(f, w));
      if (written && written.width === w && sameWindow(written.window, target)) return;
      const shown = transformToWindow(f, zoomTransform(surface), w);
      if (Math.abs(shown.from - target.from) <= 1 && Math.abs(shown.to - target.to) <= 1) return;
      const { k, x } = windowToTransform(f, target, w);
      syncing = true;
      try {
        behavior.transform(selection, zoomIdentity.translate(x, 0).scale(k));
      } finally {
        syncing = false;
      }
      written = { window: target, width: w };
    },
    detach() {
      cancelAnimationFrame(animationFrame);
      selection.on('.zoom', null);
    },
  };
}
