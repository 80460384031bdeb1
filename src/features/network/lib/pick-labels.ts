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

export function pickLabels(candidates: readonly LabelCandidate[], options: LabelOptions): PlacedLabel[] {
  const { width, height, fontSize, maxLabels, measure } = options;
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || a.node - b.node);
  const placed: PlacedLabel[] = [];
  const boxes: [number, number, number, number][] = [];
  const pad = 2;
  for (const c of sorted) {
    if (placed.length >= maxLabels) break;
    if (c.x < 0 || c.y < 0 || c.x > width || c.y > height) continue;
    const textWidth = measure(c.text);
    const x = c.x + c.r + 3;
    const box: [number, number, number, number] = [x - pad, c.y - fontSize / 2 - pad, x + textWidth + pad, c.y + fontSize / 2 + pad];
    if (box[2] > width || box[1] < 0 || box[3] > height) continue;
    if (boxes.some((b) => b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3])) continue;
    boxes.push(box);
    placed.push({ node: c.node, text: c.text, x, y: c.y, width: textWidth });
  }
  return placed;
}

/** How many labels the viewport can hold legibly: one per ~90 × 100 px. */
export function labelBudget(width: number, height: number): number {
  return Math.max(4, Math.min(150, Math.floor((width * height) / 9000)));
}
