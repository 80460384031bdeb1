// How layout coordinates meet the screen: the combined fit-and-zoom transform, node sizes on
// screen, and what is emphasised.
export interface ViewTransform {
  k: number;
  x: number;
  y: number;
}

export interface Emphasis {
  nodes: ReadonlySet<number>;
  edges: ReadonlySet<number>;
  /** A selection or a filter is on: everything not emphasised is dimmed. */
  active: boolean;
}

/**
 * Screen radius: true to scale when zoomed out (so a 2,000-node layout does not become a ball of
 * overlapping discs), growing more slowly than the zoom when zoomed in (so hubs do not swallow the view).
 */
export function screenRadius(r: number, k: number): number {
  return Math.max(1.5, k < 1 ? r * k : r * Math.sqrt(k));
}
