// The canvas under the overlay, repainted before the browser paints whenever the layout or the
// highlight changes. Sizing and theme colours come from the canvas kit.
import { useLayoutEffect, useState } from 'react';
import { sizeCanvas } from '../../lib/canvas/size-canvas';
import { useThemeTokens } from '../../lib/canvas/use-theme-tokens';
import { drawTimeline, readPalette, type Highlight } from './draw-timeline';
import type { TimelineLayout } from './lib/timeline-layout';

export function TimelineCanvas({ layout, highlight }: { layout: TimelineLayout; highlight: Highlight }) {
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  const palette = useThemeTokens(canvas, readPalette);
  const { width, height } = layout.geometry;

  useLayoutEffect(() => {
    const ctx = sizeCanvas(canvas, width, height);
    if (!ctx || !palette) return;
    drawTimeline(ctx, layout, palette, highlight);
  }, [canvas, palette, layout, highlight, width, height]);

  return <canvas ref={setCanvas} className="timeline-canvas" style={{ width, height }} aria-hidden="true" />;
}
