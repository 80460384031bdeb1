import { describe, expect, it } from 'vitest';
import { labelBudget, pickLabels, type LabelCandidate } from './pick-labels';

const measure = (text: string) => text.length * 6;
const options = { width: 400, height: 300, fontSize: 12, maxLabels: 10, measure };
const c = (node: number, x: number, y: number, priority: number): LabelCandidate => ({ node, x, y, r: 4, text: `Node ${node}`, priority });

describe('pickLabels', () => {
  it('labels the highest-priority node when two labels would overlap', () => {
    const placed = pickLabels([c(1, 100, 100, 1), c(2, 105, 104, 5)], options);
    expect(placed.map((p) => p.node)).toEqual([2]);
  });

  it('labels both when they do not collide', () => {
    expect(pickLabels([c(1, 100, 100, 1), c(2, 100, 200, 5)], options).map((p) => p.node)).toEqual([2, 1]);
  });

  it('skips nodes outside the viewport or whose label would run off it', () => {
    expect(pickLabels([c(1, -5, 100, 9), c(2, 390, 100, 9), c(3, 50, 50, 1)], options).map((p) => p.node)).toEqual([3]);
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
