// An element's content size in CSS pixels, kept current by a ResizeObserver: both views lay out from
// (width, height) as plain inputs, so they work from a 390 px phone to a wide screen.
import { useLayoutEffect, useState } from 'react';

export interface ElementSize {
  width: number;
  height: number;
}

const ZERO: ElementSize = { width: 0, height: 0 };

export function useElementSize(node: HTMLElement | null): ElementSize {
  const [size, setSize] = useState<ElementSize>(ZERO);
  // A layout effect: the first measurement lands before the browser paints, so the first marks are
  // drawn in the same frame as the empty plot rather than one render later.
  useLayoutEffect(() => {
    if (!node) return;
    const measure = () => {
      const width = Math.round(node.clientWidth);
      const height = Math.round(node.clientHeight);
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [node]);
  return size;
}
