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
