// A counter that changes when the colour scheme flips, so that the canvas (which reads its colours
// from the theme tokens) redraws.
import { useEffect, useState } from 'react';

export function useThemeTick(): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const bump = () => setTick((t) => t + 1);
    media.addEventListener('change', bump);
    return () => media.removeEventListener('change', bump);
  }, []);
  return tick;
}
