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

export function pickLabels(candidates: readonly LabelCandidate[], options: LabelOptions): PlacedLabel[] {
  const { width, height, fontSize, maxLabels, measure } = options;
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || a.node - b.node);
  const placed: PlacedLabel[] = [];
  // Nodes are obstacles too: a label never covers another node's disc.
  const boxes: Box[] = candidates.map((c) => [c.x - c.r, c.y - c.r, c.x + c.r, c.y + c.r]);
  const nodeBoxes = boxes.length;
  const ownBox = new Map(candidates.map((c, i) => [c.node, i]));
  const pad = 2;
  const half = fontSize / 2;
  for (const c of sorted) {
    if (placed.length >= maxLabels) break;
    if (c.x < 0 || c.y < 0 || c.x > width || c.y > height) continue;
    const textWidth = measure(c.text);
    const own = ownBox.get(c.node);
    // Right of the node first, then left, then below, then above.
    const spots: [number, number][] = [
      [c.x + c.r + 3, c.y],
      [c.x - c.r - 3 - textWidth, c.y],
      [c.x - textWidth / 2, c.y + c.r + half + 2],
      [c.x - textWidth / 2, c.y - c.r - half - 2],
    ];
    for (const [x, y] of spots) {
      const box: Box = [x - pad, y - half - pad, x + textWidth + pad, y + half + pad];
      if (box[0] < 0 || box[2] > width || box[1] < 0 || box[3] > height) continue;
      if (boxes.some((b, i) => (i < nodeBoxes ? i !== own : true) && overlaps(b, box))) continue;
      boxes.push(box);
      placed.push({ node: c.node, text: c.text, x, y, width: textWidth });
      break;
    }
  }
  return placed;
}

/** How many labels the viewport can hold legibly: one per ~90 × 100 px. */
export function labelBudget(width: number, height: number): number {
  return Math.max(4, Math.min(150, Math.floor((width * height) / 9000)));
}
