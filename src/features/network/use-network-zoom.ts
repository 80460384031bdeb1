// The network's zoom through the canvas kit's zoom controller: d3-zoom owns the stage's listeners and
// follows this hook's transform, which is the one source of truth (the buttons change it here, as pure
// maths). One finger on a phone scrolls the page; two fingers pinch and pan. A press on a node (or
// its button) is left to the node drag.
import { useMemo, useState, type RefObject } from 'react';
import { useZoomController } from '../../lib/canvas/use-zoom-controller';
import { centreViewOn, IDENTITY, zoomViewAround, type ZoomView } from '../../lib/canvas/zoom-view';

export interface NetworkZoom {
  transform: ZoomView;
  /** Zoom around the stage's centre. */
  zoomBy(factor: number): void;
  reset(): void;
  /** Centre a point given in the zoom's untransformed (fitted) coordinates. */
  centreOn(x: number, y: number): void;
}

const SCALE: [number, number] = [0.25, 16];

export function useNetworkZoom(
  stage: HTMLDivElement | null,
  size: { width: number; height: number },
  isOnNode: RefObject<(clientX: number, clientY: number) => boolean>,
): NetworkZoom {
  const [transform, setTransform] = useState<ZoomView>(IDENTITY);
  const extents = useMemo(() => ({ scale: SCALE }), []);
  useZoomController(stage, transform, {
    extents,
    filter: (event: Event) => {
      if (event.type === 'touchstart') return (event as TouchEvent).touches.length >= 2;
      if (event.type === 'mousedown' || event.type === 'dblclick') {
        const m = event as MouseEvent;
        if (m.button !== 0 || (m.target as Element).closest('button')) return false;
        if (isOnNode.current(m.clientX, m.clientY)) return false;
      }
      return !(event as MouseEvent).ctrlKey || event.type === 'wheel';
    },
    onZoom: setTransform,
  });
  const cx = size.width / 2;
  const cy = size.height / 2;
  return {
    transform,
    zoomBy: (factor) => setTransform((t) => zoomViewAround(t, factor, cx, cy, SCALE)),
    reset: () => setTransform(IDENTITY),
    centreOn: (x, y) => setTransform((t) => centreViewOn(t, x, y, cx, cy)),
  };
}
