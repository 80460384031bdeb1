// d3-zoom on the network's stage. d3 owns this one node's zoom listeners: attached once in an effect
// and removed in its cleanup. The transform lives in React state; React and the canvas draw from it.
// One finger on a phone scrolls the page; two fingers pinch and pan. A press on a node (or its
// button) is left to the node drag.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export interface NetworkZoom {
  transform: ZoomTransform;
  zoomBy(factor: number): void;
  reset(): void;
  /** Centre a point given in the zoom's untransformed (fitted) coordinates. */
  centreOn(x: number, y: number): void;
}

export function useNetworkZoom(
  stageRef: RefObject<HTMLDivElement | null>,
  isOnNode: RefObject<(clientX: number, clientY: number) => boolean>,
): NetworkZoom {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const behaviorRef = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);

  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const behavior = zoom<HTMLDivElement, unknown>()
      .scaleExtent([0.25, 16])
      .filter((event: Event) => {
        if (event.type === 'touchstart') return (event as TouchEvent).touches.length >= 2;
        if (event.type === 'mousedown' || event.type === 'dblclick') {
          const m = event as MouseEvent;
          if (m.button !== 0 || (m.target as Element).closest('button')) return false;
          if (isOnNode.current(m.clientX, m.clientY)) return false;
        }
        return !(event as MouseEvent).ctrlKey || event.type === 'wheel';
      })
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    select(stage).call(behavior);
    behaviorRef.current = behavior;
    return () => {
      select(stage).on('.zoom', null);
      behaviorRef.current = null;
    };
  }, [stageRef, isOnNode]);

  const run = (f: (b: ZoomBehavior<HTMLDivElement, unknown>, stage: HTMLDivElement) => void) => {
    const stage = stageRef.current;
    if (stage && behaviorRef.current) f(behaviorRef.current, stage);
  };
  return {
    transform,
    zoomBy: (factor) => run((b, stage) => select(stage).call(b.scaleBy, factor)),
    reset: () => run((b, stage) => select(stage).call(b.transform, zoomIdentity)),
    centreOn: (x, y) => run((b, stage) => select(stage).call(b.translateTo, x, y)),
  };
}
