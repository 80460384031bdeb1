import { describe, expect, it } from 'vitest';
import { labelBudget, pickLabels, type LabelCandidate } from './pick-labels';

const measure = (text: string) => text.length * 6;
const options = { width: 400, height: 300, fontSize: 12, maxLabels: 10, measure };
const c = (node: number, x: number, y: number, priority: number): LabelCandidate => ({ node, x, y, r: 4, text: `Node ${node}`, priority });

describe('pickLabels', () => {
  it('gives the right-hand spot to the higher priority and moves the other label to the left', () => {
    const placed = pickLabels([c(1, 100, 100, 1), c(2, 105, 104, 5)], options);
    expect(placed.map((p) => [p.node, p.x])).toEqual([
      [2, 112],
      [1, 57],
    ]);
  });

  it('drops a label that has no free spot', () => {
    // Node 0 is boxed in by four busier neighbours whose labels and discs take every spot.
    const ring = [c(1, 120, 100, 9), c(2, 80, 100, 9), c(3, 100, 114, 9), c(4, 100, 86, 9)];
    const placed = pickLabels([c(0, 100, 100, 1), ...ring], options);
    expect(placed.map((p) => p.node)).not.toContain(0);
  });

  it('never covers another node with a label', () => {
    const placed = pickLabels([c(1, 100, 100, 9), c(2, 120, 100, 1)], options);
    const label1 = placed.find((p) => p.node === 1)!;
    expect(label1.x).toBeLessThan(100); // the right side is node 2's disc, so it goes left
  });

  it('labels both when they do not collide', () => {
    expect(pickLabels([c(1, 100, 100, 1), c(2, 100, 200, 5)], options).map((p) => p.node)).toEqual([2, 1]);
  });

  it('skips nodes outside the viewport and keeps labels inside it', () => {
    const placed = pickLabels([c(1, -5, 100, 9), c(2, 390, 100, 9), c(3, 50, 50, 1)], options);
    expect(placed.map((p) => p.node)).toEqual([2, 3]);
    expect(placed[0]!.x + placed[0]!.width).toBeLessThanOrEqual(400);
  });

  it('lets a pinned (emphasised) label cover node discs, but not another label', () => {
    const ring = [c(1, 120, 100, 0), c(2, 80, 100, 0), c(3, 100, 114, 0), c(4, 100, 86, 0)];
    const placed = pickLabels([{ ...c(0, 100, 100, 9), pinned: true }, ...ring], options);
    expect(placed[0]).toMatchObject({ node: 0, x: 107 });
  });

  it('labels a node at the edge of the stage beside a busy neighbour, sliding the label inside and keeping it beside the node', () => {
    // The right side is past the edge; a busier neighbour's disc and label fill the left and below;
    // over the node, a centred label would cross the edge: it slides inside, still over the node.
    const edge: LabelCandidate = { node: 0, x: 390, y: 100, r: 6, text: 'Sergei Shoigu', priority: 1 };
    const neighbour: LabelCandidate = { node: 1, x: 350, y: 104, r: 8, text: 'Alexander Fomin', priority: 9 };
    const placed = pickLabels([edge, neighbour], options);
    const label = placed.find((p) => p.node === 0)!;
    expect(label).toBeDefined();
    expect(label.x + label.width).toBeLessThanOrEqual(400);
    expect(label.y).toBeLessThan(edge.y - edge.r);
    expect(label.x).toBeLessThanOrEqual(edge.x);
    expect(label.x + label.width).toBeGreaterThanOrEqual(edge.x);
  });

  it('tries the corners when every side is taken, and the label still touches its node', () => {
    // Small discs right (a little high), left, under (a little left) and over node 0 take its four sides.
    const block = (node: number, x: number, y: number): LabelCandidate => ({ node, x, y, r: 3, text: `Block ${node}`, priority: 0 });
    const placed = pickLabels([c(0, 200, 150, 5), block(1, 212, 145), block(2, 188, 150), block(3, 195, 161), block(4, 200, 139)], options);
    const label = placed.find((p) => p.node === 0)!;
    expect(label).toBeDefined();
    const nearestX = Math.max(label.x, Math.min(200, label.x + label.width));
    expect(Math.hypot(nearestX - 200, label.y - 150)).toBeLessThan(4 + 12);
  });

  it('sets the name a little apart, joined by a short line, when nothing beside the node is free', () => {
    // Small discs all round node 0, between the directions a line can take; room beyond them.
    const ring = Array.from({ length: 8 }, (_, i): LabelCandidate => {
      const angle = ((2 * i + 1) * Math.PI) / 8;
      return { node: i + 1, x: 200 + 12 * Math.cos(angle), y: 150 + 12 * Math.sin(angle), r: 2, text: '', priority: 0 };
    });
    const placed = pickLabels([c(0, 200, 150, 5), ...ring], { ...options, measure: (t) => (t === '' ? 0 : 36) });
    const label = placed.find((p) => p.node === 0)!;
    expect(label.leader).toBeDefined();
    const [x1, y1, x2, y2] = label.leader!;
    expect(Math.hypot(x1 - 200, y1 - 150)).toBeCloseTo(5, 5); // from the disc's edge …
    expect(Math.hypot(x2 - x1, y2 - y1)).toBeLessThanOrEqual(16); // … a short line
    for (const d of ring) {
      const overlaps = label.x - 2 < d.x + d.r && d.x - d.r < label.x + label.width + 2 && label.y - 8 < d.y + d.r && d.y - d.r < label.y + 8;
      expect(overlaps, `disc ${d.node}`).toBe(false);
    }
    // With room beside it, a node's name has no line.
    expect(pickLabels([c(0, 200, 150, 5)], options)[0]!.leader).toBeUndefined();
  });

  it('tries only the four sides in a view of many more nodes than labels (it would pay for the rest every frame)', () => {
    const block = (node: number, x: number, y: number): LabelCandidate => ({ node, x, y, r: 3, text: `Block ${node}`, priority: 0 });
    const crowd = Array.from({ length: 41 }, (_, i) => ({ ...c(10 + i, 5 + i * 9, 290, 0), r: 1 }));
    const scene = [c(0, 200, 150, 5), block(1, 212, 145), block(2, 188, 150), block(3, 195, 161), block(4, 200, 139), ...crowd];
    expect(pickLabels(scene, { ...options, maxLabels: 10 }).map((p) => p.node)).not.toContain(0);
    expect(pickLabels(scene, { ...options, maxLabels: 10 }).some((p) => p.leader)).toBe(false);
    expect(pickLabels(scene, { ...options, maxLabels: 20 }).map((p) => p.node)).toContain(0);
  });

  it('stops at the budget', () => {
    const many = Array.from({ length: 40 }, (_, i) => c(i, 10, 5 + i * 20, i));
    expect(pickLabels(many, { ...options, height: 1000, maxLabels: 5 })).toHaveLength(5);
  });

  it('places the text right of the node, vertically centred', () => {
    expect(pickLabels([c(1, 100, 100, 1)], options)[0]).toEqual({ node: 1, text: 'Node 1', x: 107, y: 100, width: 36 });
  });

  it('scales the budget with the viewport', () => {
    expect(labelBudget(390, 300)).toBeLessThan(labelBudget(1200, 700));
    expect(labelBudget(10, 10)).toBe(4);
  });
});
