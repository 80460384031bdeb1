// d3-zoom owns one DOM node (the plot surface) for its wheel, drag and pinch listeners; the store's
// window stays the single source of truth. Zoom events become store writes, at most one per frame; a
// window that changes from elsewhere (a link, Back/Forward, the zoom buttons) moves d3-zoom's
// transform, without echoing back as a zoom event.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { useUiStore } from '../../state/ui-store';
import { sameWindow, type TimeWindow } from '../../state/time-window';
import { transformToWindow, windowToTransform, zoomScaleExtent, zoomTranslateExtent } from './lib/time-scale';

/** `onGesture` is told when the reader zooms or pans by hand (a pending automatic move then yields). */
export function useTimelineZoom(surface: HTMLDivElement | null, width: number, window: TimeWindow, onGesture: () => void): void {
  const behaviorRef = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  const widthRef = useRef(width);
  /** The last window this hook wrote: when the store reports it back, it is our own echo. */
  const written = useRef<{ window: TimeWindow; width: number } | null>(null);
  const syncing = useRef(false);
  const latest = useRef(window);
  const gesture = useRef(onGesture);
  useEffect(() => {
    gesture.current = onGesture;
  }, [onGesture]);

  /** Move d3-zoom's transform to `target` unless it already shows it or it is our own echo. */
  const follow = useRef((node: HTMLDivElement, target: TimeWindow, w: number) => {
    const behavior = behaviorRef.current;
    if (!behavior || w <= 0) return;
    widthRef.current = w;
    behavior.translateExtent(zoomTranslateExtent(w));
    const echo = written.current;
    if (echo && echo.width === w && sameWindow(echo.window, target)) return;
    const shown = transformToWindow(zoomTransform(node), w);
    if (Math.abs(shown.from - target.from) <= 1 && Math.abs(shown.to - target.to) <= 1) return;
    syncing.current = true;
    try {
      behavior.transform(select(node), windowToTransform(target, w));
    } finally {
      syncing.current = false;
    }
    written.current = { window: target, width: w };
  });

  useEffect(() => {
    if (!surface) return;
    const selection = select(surface);
    let frame = 0;
    let pending: TimeWindow | null = null;
    const flush = () => {
      frame = 0;
      if (!pending) return;
      written.current = { window: pending, width: widthRef.current };
      useUiStore.getState().setWindow(pending);
      pending = null;
    };
    const behavior = zoom<HTMLDivElement, unknown>()
      .scaleExtent(zoomScaleExtent())
      // A few pixels of jitter on a click still select the mark under the pointer.
      .clickDistance(4)
      // Pointer and wheel only (the default minus double-click); keys are the timeline's own.
      .filter((event: MouseEvent) => (!event.ctrlKey || event.type === 'wheel') && !event.button)
      .on('zoom', (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
        if (syncing.current || widthRef.current <= 0) return;
        gesture.current();
        pending = transformToWindow(event.transform, widthRef.current);
        if (!frame) frame = requestAnimationFrame(flush);
      });
    selection.call(behavior).on('dblclick.zoom', null);
    behaviorRef.current = behavior;
    follow.current(surface, latest.current, widthRef.current);
    return () => {
      cancelAnimationFrame(frame);
      selection.on('.zoom', null);
      behaviorRef.current = null;
    };
  }, [surface]);

  // Follow the store: before paint, so the canvas and d3-zoom agree within the same frame.
  useLayoutEffect(() => {
    latest.current = window;
    if (surface) follow.current(surface, window, width);
  }, [surface, width, window]);
}
