// Paints the network on two stacked canvases. The picture (ties, nodes, names) is repainted when what
// it shows changes; the hovered node lives on an overlay, so pointing at nodes costs a ring and a name,
// not a repaint. While the view zooms or pans, a heavy picture (2,000 officials) is not repainted on
// every frame: the last one is moved and scaled with a CSS transform, and repainted sharp once the
// gesture has paused. A light one (the seed) is repainted on every frame and never blurs.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { drawHover, drawNetwork, themeColors, type DrawInput, type ThemeColors } from './draw-network';
import type { PlacedLabel } from './lib/pick-labels';
import { cssTransformBetween, isHeavyScene, sameView } from './lib/scene-cost';
import type { ViewTransform } from './lib/view-transform';
import { SETTLE_MS } from './use-settled-window';
import type { StageSize } from './use-stage-size';

/** What the picture shows, apart from the view: a new object whenever any of it (or the theme) changes. */
export type SceneContent = Omit<DrawInput, 'ctx' | 'width' | 'height' | 'view' | 'colors'>;

/** How long the view must rest before a moved picture is repainted: as long as the network waits for the timeline. */
const REPAINT_AFTER_MS = SETTLE_MS;

/** Sizes the canvas's backing store to the stage and the device's pixels; the 2D context, or null. */
function prepare(canvas: HTMLCanvasElement | null, size: StageSize): CanvasRenderingContext2D | null {
  const ctx = canvas?.getContext('2d');
  if (!canvas || !ctx || size.width === 0) return null;
  const dpr = window.devicePixelRatio || 1;
  const w = Math.round(size.width * dpr);
  const h = Math.round(size.height * dpr);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
}

export function useNetworkDrawing(
  baseRef: RefObject<HTMLCanvasElement | null>,
  overlayRef: RefObject<HTMLCanvasElement | null>,
  size: StageSize,
  view: ViewTransform,
  content: SceneContent,
  hovered: number,
): void {
  // What the base canvas shows now, and the names it wrote.
  const painted = useRef<{ content: SceneContent; size: StageSize; view: ViewTransform; labels: PlacedLabel[] } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Repaints the overlay with the latest inputs; also called after a delayed repaint of the picture,
  // whose names decide whether the overlay writes the hovered node's.
  const paintOverlay = useRef<() => void>(() => undefined);
  // The theme's colours, read once per scene content (which changes with the theme).
  const themed = useRef<{ content: SceneContent; colors: ThemeColors } | null>(null);
  const colorsFor = (canvas: HTMLCanvasElement, content: SceneContent): ThemeColors => {
    if (themed.current?.content !== content) themed.current = { content, colors: themeColors(canvas) };
    return themed.current.colors;
  };
  const { k, x, y } = view;

  useLayoutEffect(() => {
    const canvas = baseRef.current;
    const now = { k, x, y };
    const paint = () => {
      const ctx = prepare(canvas, size);
      if (!canvas || !ctx) return;
      canvas.style.transform = '';
      const labels = drawNetwork({ ctx, width: size.width, height: size.height, view: now, colors: colorsFor(canvas, content), ...content });
      painted.current = { content, size, view: now, labels };
    };
    clearTimeout(timer.current);
    const last = painted.current;
    const onlyMoved = last !== null && last.content === content && last.size === size;
    if (onlyMoved && sameView(last.view, now)) return;
    if (onlyMoved && canvas && isHeavyScene(content.drawnEdges.length, content.sub.visibleNodes.length)) {
      canvas.style.transform = cssTransformBetween(last.view, now);
      timer.current = setTimeout(() => {
        paint();
        paintOverlay.current();
      }, REPAINT_AFTER_MS);
      return;
    }
    paint();
  }, [baseRef, content, size, k, x, y]);

  useEffect(() => () => clearTimeout(timer.current), []);

  useEffect(() => {
    paintOverlay.current = () => {
      const overlay = overlayRef.current;
      const ctx = prepare(overlay, size);
      if (!overlay || !ctx) return;
      const labelled = painted.current?.labels.some((l) => l.node === hovered) ?? false;
      const colors = colorsFor(overlay, content);
      drawHover({ ctx, width: size.width, height: size.height, view: { k, x, y }, xy: content.xy, radii: content.radii, graph: content.graph, node: hovered, labelled, colors });
    };
    paintOverlay.current();
  }, [overlayRef, size, k, x, y, content, hovered]);
}
