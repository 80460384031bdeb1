// What a network picture costs to paint, and the choices that keep a dense one cheap. Pure: the
// canvas code asks these, the unit tests pin them.
//
// Measured in headless Chromium's software canvas (no GPU), 15,000 ties on a 616 × 218 stage: stroked
// 1–4 px wide and translucent they took 270 ms to paint; as 1 px hairlines, 19 ms; 2,000 discs, 11 ms;
// copying or moving a finished picture, under 2 ms.
import type { ViewTransform } from './view-transform';

/** Weight class of a tie by its events in view: 1 (one event) to 4 (eight or more). */
export function tieWeightClass(events: number): number {
  return Math.min(4, Math.ceil(Math.log2(1 + events)));
}

/** Above this many drawn ties, lines are hairlines and a tie's weight shows as opacity instead of width. */
export const HAIRLINES_ABOVE = 1_500;

export interface TieStroke {
  width: number;
  alpha: number;
}

/**
 * Width and opacity of a tie. `strong`: one of the selected event's ties (few, always wide and opaque).
 * `dimmed`: a selection or filter is on and this tie is not part of it.
 */
export function tieStroke(weightClass: number, strong: boolean, dimmed: boolean, hairlines: boolean): TieStroke {
  if (strong) return { width: (hairlines ? 1 : weightClass) + 2, alpha: 1 };
  const alpha = dimmed ? 0.18 : 0.55;
  if (!hairlines) return { width: weightClass, alpha };
  return { width: 1, alpha: Math.min(1, alpha * (0.4 + 0.2 * weightClass)) };
}

/**
 * A picture with this many ties and nodes is not repainted on every frame of a zoom or pan: the last
 * one is moved and scaled until the gesture pauses. Below it, a repaint fits in a frame and stays sharp.
 */
export const HEAVY_SCENE = 2_000;

export function isHeavyScene(ties: number, nodes: number): boolean {
  return ties + nodes > HEAVY_SCENE;
}

/**
 * The CSS transform (origin top left) that moves a picture drawn with view `from` to where view `to`
 * would draw it: a layout point at screen k·p + x moves to k'·p + x'.
 */
export function cssTransformBetween(from: ViewTransform, to: ViewTransform): string {
  const s = to.k / from.k;
  return `translate(${to.x - s * from.x}px, ${to.y - s * from.y}px) scale(${s})`;
}

export function sameView(a: ViewTransform, b: ViewTransform): boolean {
  return a.k === b.k && a.x === b.x && a.y === b.y;
}
