// Which officials get a real button over their node: all of them at the seed's size (the contract
// says every official has one), else the busiest visible ones inside the viewport, capped so the
// DOM stays small at 2,000 officials.
import type { NetworkGraph } from './network-graph';
import type { Subgraph } from './visible-subgraph';
import type { Emphasis, ViewTransform } from './view-transform';

export const MAX_NODE_BUTTONS = 200;

/** Which officials get a button: all at small sizes, else the busiest visible ones in the viewport. */
export function nodesWithButtons(
  graph: NetworkGraph,
  sub: Subgraph,
  xy: Float64Array,
  view: ViewTransform,
  width: number,
  height: number,
  emphasis: Emphasis,
): number[] {
  if (graph.officialCount <= MAX_NODE_BUTTONS) return Array.from({ length: graph.officialCount }, (_, i) => i);
  const inside: number[] = [];
  for (let i = 0; i < sub.visibleNodes.length; i++) {
    const v = sub.visibleNodes[i]!;
    if (v >= graph.officialCount) continue;
    const x = view.k * xy[v * 2]! + view.x;
    const y = view.k * xy[v * 2 + 1]! + view.y;
    if (x >= 0 && y >= 0 && x <= width && y <= height) inside.push(v);
  }
  const score = (v: number) => (emphasis.nodes.has(v) ? 1e9 : 0) + sub.nodeCount[v]!;
  return inside.sort((a, b) => score(b) - score(a) || a - b).slice(0, MAX_NODE_BUTTONS);
}
