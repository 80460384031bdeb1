// Wheel, drag and pinch zoom on the plot surface through the canvas kit's zoom controller (d3-zoom in
// a chunk of its own, following the store's window), and one-finger panning on touch screens: the
// surface lets the browser scroll the page vertically (touch-action: pan-y), so a vertical swipe
// scrolls and a horizontal one pans the timeline here; two fingers pinch through d3-zoom.
import { useEffect, useMemo, useRef } from 'react';
import { useZoomController } from '../../lib/canvas/use-zoom-controller';
import type { ZoomConfig } from '../../lib/canvas/zoom-view';
import { useUiStore } from '../../state/ui-store';
import type { TimeFrame, TimeWindow } from '../../state/time-window';
import { panWindow, transformToWindow, windowToTransform, zoomScaleExtent, zoomTranslateExtent } from './lib/time-scale';

/** Pixels a finger moves before the pan starts (and a tap stops being one). */
const PAN_SLOP = 8;

/** Pointer and wheel only (the default minus double-click); one finger is ours, two pinch. */
function startsZoom(event: Event): boolean {
  if (event.type === 'touchstart') return (event as TouchEvent).touches.length >= 2;
  const m = event as MouseEvent;
  return (!m.ctrlKey || event.type === 'wheel') && !m.button;
}

/**
 * `onGesture` is told when the reader zooms or pans by hand (a pending automatic move then yields);
 * `onMotion` when such a gesture starts and when it has come to rest.
 */
export function useTimelineZoom(
  surface: HTMLDivElement | null,
  width: number,
  window: TimeWindow,
  frame: TimeFrame,
  onGesture: () => void,
  onMotion: (moving: boolean) => void,
): void {
  const extents = useMemo(() => ({ scale: zoomScaleExtent(frame), translate: zoomTranslateExtent(frame, width), clickDistance: 4 }), [frame, width]);
  const config: ZoomConfig = {
    extents,
    filter: startsZoom,
    onZoom: (view) => useUiStore.getState().setWindow(transformToWindow(frame, view, width)),
    onGesture,
    onMotion,
  };
  // A new frame (the dataset arrived) moves the base scale, hence the transform: it is recomputed here.
  useZoomController(surface, width > 0 ? { ...windowToTransform(frame, window, width), y: 0 } : null, config);
  useTouchPan(surface, width, onGesture, onMotion);
}

function useTouchPan(surface: HTMLDivElement | null, width: number, onGesture: () => void, onMotion: (moving: boolean) => void): void {
  const latest = useRef({ width, onGesture, onMotion });
  useEffect(() => {
    latest.current = { width, onGesture, onMotion };
  });
  useEffect(() => {
    if (!surface) return;
    let pan: { id: number; x: number; y: number; start: TimeWindow; active: boolean } | null = null;
    const down = (e: PointerEvent) => {
      if (e.pointerType !== 'touch') return;
      // A second finger is a pinch: d3-zoom's, not a pan.
      pan = e.isPrimary ? { id: e.pointerId, x: e.clientX, y: e.clientY, start: useUiStore.getState().window, active: false } : null;
    };
    const move = (e: PointerEvent) => {
      if (!pan || e.pointerId !== pan.id) return;
      const dx = e.clientX - pan.x;
      if (!pan.active) {
        if (Math.abs(dx) < PAN_SLOP || Math.abs(dx) < Math.abs(e.clientY - pan.y)) return;
        pan.active = true;
        latest.current.onMotion(true);
      }
      latest.current.onGesture();
      useUiStore.getState().setWindow(panWindow(useUiStore.getState().frame, pan.start, dx, latest.current.width));
    };
    const end = (e: PointerEvent) => {
      if (!pan || e.pointerId !== pan.id) return;
      if (pan.active) latest.current.onMotion(false);
      pan = null;
    };
    surface.addEventListener('pointerdown', down);
    surface.addEventListener('pointermove', move);
    surface.addEventListener('pointerup', end);
    surface.addEventListener('pointercancel', end);
    return () => {
      surface.removeEventListener('pointerdown', down);
      surface.removeEventListener('pointermove', move);
      surface.removeEventListener('pointerup', end);
      surface.removeEventListener('pointercancel', end);
    };
  }, [surface]);
}
