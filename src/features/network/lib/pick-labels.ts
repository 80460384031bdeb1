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
  /** A short line from the node's disc to a name set a little apart, when no spot beside it was free. */
  leader?: [number, number, number, number];
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
    const inside = (x: number) => Math.max(pad, Math.min(x, width - textWidth - pad));
    const spots: Spot[] = labelSpots(c, textWidth, half, inside).slice(0, spotsTried);
    if (spotsTried === Infinity) spots.push(...leaderSpots(c, textWidth, half, inside));
    for (const { x, y, leader } of spots) {
      const box: Box = [x - pad, y - half - pad, x + textWidth + pad, y + half + pad];
      if (box[0] < 0 || box[2] > width || box[1] < 0 || box[3] > height) continue;
      const from = c.pinned ? firstLabelBox : 0;
      if (grid.hits(box, own, from)) continue;
      const line = leader ? lineBoxes(leader) : [];
      if (line.some((b) => grid.hits(b, own, from))) continue;
      grid.add(box);
      for (const b of line) grid.add(b);
      placed.push({ node: c.node, text: c.text, x, y, width: textWidth, ...(leader ? { leader } : {}) });
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
function labelSpots(c: LabelCandidate, textWidth: number, half: number, inside: (x: number) => number): Spot[] {
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
  return spots.map(([x, y]) => ({ x, y }));
}

interface Spot {
  x: number;
  y: number;
  leader?: [number, number, number, number];
}

/** How far a name set apart sits from its node's disc: a line this long joins them. */
const LEADER = 16;

/**
 * Names set a little apart, joined to the node by a short line: right, left, under, over, then the
 * diagonals. Tried last, when nothing beside the node is free (a node among busy neighbours).
 */
function leaderSpots(c: LabelCandidate, textWidth: number, half: number, inside: (x: number) => number): Spot[] {
  const angles = [0, Math.PI, Math.PI / 2, -Math.PI / 2, Math.PI / 4, (3 * Math.PI) / 4, -Math.PI / 4, (-3 * Math.PI) / 4];
  return angles.map((angle) => {
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const end: [number, number] = [c.x + (c.r + LEADER) * cos, c.y + (c.r + LEADER) * sin];
    const leader: Spot['leader'] = [c.x + (c.r + 1) * cos, c.y + (c.r + 1) * sin, end[0], end[1]];
    if (cos > 0.5) return { x: end[0] + 3, y: end[1], leader };
    if (cos < -0.5) return { x: end[0] - 3 - textWidth, y: end[1], leader };
    return { x: inside(end[0] - textWidth / 2), y: end[1] + Math.sign(sin) * (half + 2), leader };
  });
}

/** Small boxes along a leader line: it must not cross another node or name, nor a later name it. */
function lineBoxes([x1, y1, x2, y2]: [number, number, number, number]): Box[] {
  const boxes: Box[] = [];
  for (let t = 0.25; t <= 1; t += 0.25) {
    const x = x1 + (x2 - x1) * t;
    const y = y1 + (y2 - y1) * t;
    boxes.push([x - 1.5, y - 1.5, x + 1.5, y + 1.5]);
  }
  return boxes;
}

/** How many labels the viewport can hold legibly: one per ~90 × 100 px. */
export function labelBudget(width: number, height: number): number {
  return Math.max(4, Math.min(150, Math.floor((width * height) / 9000)));
}
