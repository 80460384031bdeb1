// Where a box that belongs to a node (its actions) sits in the stage: under the node when it fits
// there, else over it, else on whichever side has more room, pushed inside the stage; centred on the
// node across, kept inside the stage's edges.

export interface Placement {
  left: number;
  top: number;
}

const GAP = 8;
const EDGE = 4;

/** `x`, `y`, `r`: the node's centre and radius on screen; `box` and `stage` sizes in CSS pixels. */
export function placeBeside(x: number, y: number, r: number, box: { width: number; height: number }, stage: { width: number; height: number }): Placement {
  const left = Math.max(EDGE, Math.min(x - box.width / 2, stage.width - box.width - EDGE));
  const below = y + r + GAP;
  const above = y - r - GAP - box.height;
  let top: number;
  if (below + box.height <= stage.height - EDGE) top = below;
  else if (above >= EDGE) top = above;
  else top = stage.height - y > y ? below : above;
  return { left, top: Math.max(EDGE, Math.min(top, stage.height - box.height - EDGE)) };
}
