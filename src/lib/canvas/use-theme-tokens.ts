// The theme's colours for a canvas, read from CSS custom properties once when the element appears and
// again when the colour scheme flips. Reading computed style forces a style recalculation, so drawing
// code never reads it per paint.
import { useLayoutEffect, useRef, useState } from 'react';

/** A token's value on `style`, or `fallback` when the stylesheet does not set it. */
export function token(style: CSSStyleDeclaration, name: string, fallback = '#888'): string {
  return style.getPropertyValue(name).trim() || fallback;
}

/** `read(getComputedStyle(element))`, redone when the colour scheme changes; null before the element exists. */
export function useThemeTokens<T>(element: Element | null, read: (style: CSSStyleDeclaration) => T): T | null {
  const [tokens, setTokens] = useState<T | null>(null);
  const reader = useRef(read);
  useLayoutEffect(() => {
    reader.current = read;
  });
  // A layout effect, so the first paint already has its colours.
  useLayoutEffect(() => {
    if (!element) return;
    const update = () => setTokens(reader.current(getComputedStyle(element)));
    update();
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', update);
    return () => scheme.removeEventListener('change', update);
  }, [element]);
  return tokens;
}
