// The theme's colours for a canvas, read from CSS custom properties once when the element appears and
// again when the colour scheme flips. Reading computed style forces a style recalculation, so drawing
// code never reads it per paint.
import { useLayoutEffect, useRef, useState } from 'react';

/** A token's value on `style`, or `fallback` when the stylesheet does not set it. */
export function token(style: CSSStyleDeclaration, name: string, fallback = '#888'): string {
  return style.getPropertyValue(name).trim() || fallback;
}

/**
 * `read(getComputedStyle(element))`, redone when the colour scheme changes; null before it is read.
 *
 * `urgent` (as for the element's size): read in a layout effect, so the first paint has its colours.
 * Otherwise the first read waits for the browser's own style and layout pass (a ResizeObserver's first
 * callback comes right after it): read in the commit that inserted a view's DOM, it would force the
 * style of all of it there and then.
 */
export function useThemeTokens<T>(element: Element | null, read: (style: CSSStyleDeclaration) => T, { urgent = true } = {}): T | null {
  const [tokens, setTokens] = useState<T | null>(null);
  const reader = useRef(read);
  useLayoutEffect(() => {
    reader.current = read;
  });
  useLayoutEffect(() => {
    if (!element) return;
    const update = () => setTokens(reader.current(getComputedStyle(element)));
    let observer: ResizeObserver | null = null;
    if (urgent) update();
    else {
      observer = new ResizeObserver(() => {
        observer?.disconnect();
        update();
      });
      observer.observe(element);
    }
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', update);
    return () => {
      observer?.disconnect();
      scheme.removeEventListener('change', update);
    };
  }, [element, urgent]);
  return tokens;
}
