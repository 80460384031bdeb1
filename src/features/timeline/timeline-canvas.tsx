// The canvas under the overlay: devicePixelRatio-aware, repainted before the browser paints whenever
// the layout or the highlight changes. Theme colours are read once and again when the scheme flips.
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { drawTimeline, readPalette, type Highlight, type Palette } from './draw-timeline';
import type { TimelineLayout } from './lib/timeline-layout';

function usePalette(canvasRef: RefObject<HTMLCanvasElement | null>): Palette | null {
  const [palette, setPalette] = useState<Palette | null>(null);
  // A layout effect, so the marks are painted in the same frame as the timeline's first commit.
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const update = () => setPalette(readPalette(canvas));
    update();
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', update);
    return () => scheme.removeEventListener('change', update);
  }, [canvasRef]);
  return palette;
}

export function TimelineCanvas({ layout, highlight }: { layout: TimelineLayout; highlight: Highlight }) {
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const palette = usePalette(canvasRef);
  const { width, height } = layout.geometry;

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !palette || width <= 0 || height <= 0) return;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    // Resizing clears the bitmap: only when the size really changed.
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    drawTimeline(ctx, layout, palette, highlight);
  }, [palette, layout, highlight, width, height]);

  return <canvas ref={canvasRef} className="timeline-canvas" style={{ width, height }} aria-hidden="true" />;
}
