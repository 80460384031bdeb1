// An element's content size in CSS pixels, kept current by a ResizeObserver: both views lay out from
// (width, height) as plain inputs, so they work from a 390 px phone to a wide screen.
import { startTransition, useLayoutEffect, useState } from 'react';

export interface ElementSize {
  width: number;
  height: number;
}

const ZERO: ElementSize = { width: 0, height: 0 };

/**
 * `urgent`: the first measurement is taken in a layout effect and lands before the browser paints, so
 * the first marks are drawn in the same frame as the empty plot rather than one render later; it
 * costs the commit a forced layout and a synchronous re-render. A view off the path to the first
 * marks passes false: its first size comes from the observer after the browser's own layout, and
 * renders in a transition that React time-slices, in tasks of its own.
 */
export function useElementSize(node: HTMLElement | null, { urgent = true } = {}): ElementSize {
  const [size, setSize] = useState<ElementSize>(ZERO);
  useLayoutEffect(() => {
    if (!node) return;
    let first = true;
    const measure = () => {
      const width = Math.round(node.clientWidth);
      const height = Math.round(node.clientHeight);
      const update = () => setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
      if (first && !urgent) startTransition(update);
      else update();
      first = false;
    };
    if (urgent) measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [node, urgent]);
  return size;
}
