// Which node names to write at the current zoom: the most connected first, only inside the view and
// only where a label does not collide with one already placed. Greedy, in priority order.
export interface LabelCandidate {
  node: number;
  /** Screen position of the node's centre and its screen radius. */
  x: number;
  y: number;
  r: number;
  text: string;
  /** Higher first (emphasised nodes, then degree). */
  priority: number;
  /** Emphasised: may cover other nodes' discs (never other labels), so it shows even in a dense core. */
  pinned?: boolean;
}

export interface PlacedLabel {
  node: number;
  text: string;
  /** Left and baseline-middle of the text, in screen pixels. */
  x: number;
  y: number;
  width: number;
}

export interface LabelOptions {
  width: number;
  height: number;
  fontSize: number;
  maxLabels: number;
  measure: (text: string) => number;
}

type Box = [number, number, number, number];

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Boxes bucketed in a uniform grid, so a collision test looks at neighbours only, not at every node. */
class BoxGrid {
  private readonly cells = new Map<number, number[]>();
  private readonly boxes: Box[] = [];
  constructor(private readonly cell: number) {}

  private keys(b: Box): number[] {
    const keys: number[] = [];
    const x0 = Math.floor(b[0] / this.cell);
    const x1 = Math.floor(b[2] / this.cell);
    const y0 = Math.floor(b[1] / this.cell);
    const y1 = Math.floor(b[3] / this.cell);
    // Offsets keep keys positive for boxes a little off-screen.
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) keys.push((x + 1024) * 4096 + (y + 1024));
    return keys;
  }

  add(b: Box): number {
    const id = this.boxes.length;
    this.boxes.push(b);
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(id);
      else this.cells.set(k, [id]);
    }
    return id;
  }

  /** Whether b overlaps a stored box other than `ignore` (and, if given, at or above `from`). */
  hits(b: Box, ignore: number, from = 0): boolean {
    for (const k of this.keys(b)) {
      for (const id of this.cells.get(k) ?? []) if (id !== ignore && id >= from && overlaps(this.boxes[id]!, b)) return true;
    }
    return false;
  }
}

export function pickLabels(candidates: readonly LabelCandidate[], options: LabelOptions): PlacedLabel[] {
  const { width, height, fontSize, maxLabels, measure } = options;
  const inView = candidates.filter((c) => c.x >= 0 && c.y >= 0 && c.x <= width && c.y <= height);
  const sorted = [...inView].sort((a, b) => b.priority - a.priority || a.node - b.node);
  const placed: PlacedLabel[] = [];
  // Nodes are obstacles too: a label never covers another node's disc.
  const grid = new BoxGrid(48);
  const ownBox = new Map<number, number>();
  for (const c of inView) ownBox.set(c.node, grid.add([c.x - c.r, c.y - c.r, c.x + c.r, c.y + c.r]));
  const firstLabelBox = inView.length; // boxes before this index are node discs
  const pad = 2;
  const half = fontSize / 2;
  // A view of thousands of nodes runs out of label budget or room long before the extra spots would
  // help, and would pay for them at every frame: it tries the four sides only.
  const spotsTried = inView.length <= 4 * maxLabels ? Infinity : 4;
  for (const c of sorted) {
    if (placed.length >= maxLabels) break;
    const textWidth = measure(c.text);
    const own = ownBox.get(c.node) ?? -1;
    const spots = labelSpots(c, textWidth, half, (x) => Math.max(pad, Math.min(x, width - textWidth - pad))).slice(0, spotsTried);
    for (const [x, y] of spots) {
      const box: Box = [x - pad, y - half - pad, x + textWidth + pad, y + half + pad];
      if (box[0] < 0 || box[2] > width || box[1] < 0 || box[3] > height) continue;
      if (grid.hits(box, own, c.pinned ? firstLabelBox : 0)) continue;
      grid.add(box);
      placed.push({ node: c.node, text: c.text, x, y, width: textWidth });
      break;
    }
  }
  return placed;
}

/**
 * Where a label may go, best first: right of the node, left of it, then under and over it (centred,
 * then flush with either side of the disc), then off its four diagonals. A node at the stage's edge or
 * among busy neighbours still finds a spot that touches it; the text is never shortened.
 */
function labelSpots(c: LabelCandidate, textWidth: number, half: number, inside: (x: number) => number): [number, number][] {
  const below = c.y + c.r + half + 2;
  const above = c.y - c.r - half - 2;
  const corner = c.r * Math.SQRT1_2;
  const spots: [number, number][] = [
    [c.x + c.r + 3, c.y],
    [c.x - c.r - 3 - textWidth, c.y],
    [inside(c.x - textWidth / 2), below],
    [inside(c.x - textWidth / 2), above],
  ];
  for (const y of [below, above]) spots.push([c.x - c.r, y], [c.x + c.r - textWidth, y]);
  for (const y of [c.y + corner + half, c.y - corner - half]) spots.push([c.x + corner + 1, y], [c.x - corner - 1 - textWidth, y]);
  return spots;
}

/** How many labels the viewport can hold legibly: one per ~90 × 100 px. */
export function labelBudget(width: number, height: number): number {
  return Math.max(4, Math.min(150, Math.floor((width * height) / 9000)));
}
