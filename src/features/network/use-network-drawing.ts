// Paints the network on two stacked canvases. The picture (ties, nodes, names) is repainted when what
// it shows changes; the hovered node lives on an overlay, so pointing at nodes costs a ring and a name,
// not a repaint. While the view zooms or pans, a heavy picture (2,000 officials) is not repainted on
// every frame: the last one is moved and scaled with a CSS transform, and repainted sharp once the
// gesture has paused. A light one (the seed) is repainted on every frame and never blurs.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { sizeCanvas } from '../../lib/canvas/size-canvas';
import type { ElementSize } from '../../lib/canvas/use-element-size';
import { drawHover, drawNetwork, type DrawInput } from './draw-network';
import type { PlacedLabel } from './lib/pick-labels';
import { cssTransformBetween, isHeavyScene, sameView } from './lib/scene-cost';
import type { ViewTransform } from './lib/view-transform';
import { SETTLE_MS } from './use-settled-window';

/** What the picture shows, apart from the view: a new object whenever any of it (or the theme's colours) changes. */
export type SceneContent = Omit<DrawInput, 'ctx' | 'width' | 'height' | 'view'>;

/** How long the view must rest before a moved picture is repainted: as long as the network waits for the timeline. */
const REPAINT_AFTER_MS = SETTLE_MS;

const prepare = (canvas: HTMLCanvasElement | null, size: ElementSize) => sizeCanvas(canvas, size.width, size.height);

export function useNetworkDrawing(
  baseRef: RefObject<HTMLCanvasElement | null>,
  overlayRef: RefObject<HTMLCanvasElement | null>,
  size: ElementSize,
  view: ViewTransform,
  /** Null until the theme's colours are read. */
  content: SceneContent | null,
  hovered: number,
): void {
  // What the base canvas shows now, and the names it wrote.
  const painted = useRef<{ content: SceneContent; size: ElementSize; view: ViewTransform; labels: PlacedLabel[] } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const frame = useRef(0);
  // Repaints the overlay with the latest inputs; also called after a delayed repaint of the picture,
  // whose names decide whether the overlay writes the hovered node's.
  const paintOverlay = useRef<() => void>(() => undefined);
  const { k, x, y } = view;

  useLayoutEffect(() => {
    const canvas = baseRef.current;
    if (!content) return;
    const now = { k, x, y };
    const paint = () => {
      const ctx = prepare(canvas, size);
      if (!canvas || !ctx) return;
      canvas.style.transform = '';
      const labels = drawNetwork({ ctx, width: size.width, height: size.height, view: now, ...content });
      painted.current = { content, size, view: now, labels };
    };
    clearTimeout(timer.current);
    cancelAnimationFrame(frame.current);
    const last = painted.current;
    if (last === null) {
      // The first picture comes with the view's DOM: painted in that commit, sizing the canvas and
      // setting its font would force the style of all of it there and then. In the next frame's
      // callback, before that frame's own style pass, it is still on screen in the same frame.
      frame.current = requestAnimationFrame(() => {
        paint();
        paintOverlay.current();
      });
      return;
    }
    const onlyMoved = last.content === content && last.size === size;
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

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      cancelAnimationFrame(frame.current);
    },
    [],
  );

  useEffect(() => {
    paintOverlay.current = () => {
      const overlay = overlayRef.current;
      const ctx = prepare(overlay, size);
      if (!overlay || !ctx || !content) return;
      const labelled = painted.current?.labels.some((l) => l.node === hovered) ?? false;
      drawHover({ ctx, width: size.width, height: size.height, view: { k, x, y }, xy: content.xy, radii: content.radii, graph: content.graph, node: hovered, labelled, colors: content.colors });
    };
    paintOverlay.current();
  }, [overlayRef, size, k, x, y, content, hovered]);
}
