// The plot's size from a ResizeObserver: the pure layout takes width and height as input, so the
// timeline works from a 390 px phone to a wide screen.
import { useLayoutEffect, useState } from 'react';

export interface Size {
  width: number;
  height: number;
}

export function useSurfaceSize(node: HTMLElement | null): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
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
