// While a gesture moves the window, the overlay's buttons are not re-rendered every frame: the layout
// they were made for is kept, and the overlay is stretched and shifted so that each button still lies
// over its mark. Both scales are linear in time, so one horizontal scale and translation map every
// pixel of the old layout to the new one exactly.
import type { TimeScale } from './time-scale';

export interface Shift {
  /** Horizontal stretch: new pixels per old pixel. */
  scale: number;
  /** Where the old pixel 0 lands, in new pixels. */
  dx: number;
}

/** How the pixels of a layout drawn with `from` move under `to`; null when nothing moves. */
export function overlayShift(from: TimeScale, to: TimeScale): Shift | null {
  const [f0, f1] = from.domain().map(Number) as [number, number];
  const [t0, t1] = to.domain().map(Number) as [number, number];
  const [r0, r1] = from.range() as [number, number];
  const [s0, s1] = to.range() as [number, number];
  if (f0 === t0 && f1 === t1 && r0 === s0 && r1 === s1) return null;
  const x0 = to(from.invert(r0));
  const x1 = to(from.invert(r1));
  const scale = (x1 - x0) / (r1 - r0);
  return { scale, dx: x0 - scale * r0 };
}

/** The CSS transform (with `transform-origin: 0 0`) that applies a shift. */
export function shiftTransform(shift: Shift | null): string | undefined {
  return shift ? `translateX(${shift.dx}px) scaleX(${shift.scale})` : undefined;
}
