// The keyboard and screen-reader face of the canvas: one real <button data-official-id> over each
// official's node (all of them at the seed's size; the ≤ MAX_NODE_BUTTONS most relevant in view on a
// big graph). Activating one adds the official to the filter. Many buttons share one tab stop
// (roving tabindex, arrow keys) so that Tab does not walk 200 nodes.
import { useState, type KeyboardEvent } from 'react';
import { pickTabStop, rovingTarget } from '../../lib/canvas/roving-focus';
import type { NetworkGraph } from './lib/network-graph';
import type { Subgraph } from './lib/visible-subgraph';
import { nodeName } from './node-tooltip';
import { screenRadius, type Emphasis, type ViewTransform } from './lib/view-transform';

const ROVING_ABOVE = 30;

interface NodeButtonsProps {
  graph: NetworkGraph;
  sub: Subgraph;
  nodes: number[];
  xy: Float64Array;
  radii: readonly number[];
  view: ViewTransform;
  emphasis: Emphasis;
  tooltipNode: number;
  tooltipId: string;
  onActivate(node: number, fromKeyboard: boolean): void;
  onFocusNode(node: number | null, focusVisible?: boolean): void;
  onHoverNode(node: number | null): void;
}

export function NodeButtons(props: NodeButtonsProps) {
  const { graph, sub, nodes, xy, radii, view, emphasis, tooltipNode, tooltipId } = props;
  const [current, setCurrent] = useState<number | null>(null);
  const roving = nodes.length > ROVING_ABOVE;
  const tabStop = pickTabStop(nodes, current);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!roving) return;
    const next = rovingTarget(nodes, Number((event.target as HTMLElement).dataset.node), event.key);
    if (next === null) return;
    event.preventDefault();
    setCurrent(next);
    event.currentTarget.querySelector<HTMLButtonElement>(`button[data-node="${next}"]`)?.focus();
  };

  return (
    <div className="network-node-layer" role="group" aria-label="Officials in the network" onKeyDown={onKeyDown}>
      {nodes.map((v, rank) => {
        const node = graph.nodes[v]!;
        const size = Math.max(24, 2 * screenRadius(radii[v]!, view.k));
        const x = view.k * xy[v * 2]! + view.x;
        const y = view.k * xy[v * 2 + 1]! + view.y;
        const inView = sub.nodeCount[v]!;
        return (
          <button
            key={node.id}
            type="button"
            className={`network-node${emphasis.nodes.has(v) ? ' is-emphasised' : ''}${inView === 0 ? ' is-ghost' : ''}`}
            data-official-id={node.id}
            // A stable hook for tests and tools: the filter's officials and the selected event's participants.
            data-highlighted={emphasis.nodes.has(v) ? 'true' : undefined}
            data-node={v}
            aria-label={nodeName(node, inView)}
            aria-describedby={tooltipNode === v ? tooltipId : undefined}
            tabIndex={roving && v !== tabStop ? -1 : 0}
            // Earlier (busier) nodes sit on top where buttons overlap.
            style={{ left: x - size / 2, top: y - size / 2, width: size, height: size, zIndex: nodes.length - rank }}
            onClick={(event) => props.onActivate(v, event.detail === 0)}
            onFocus={(event) => {
              setCurrent(v);
              props.onFocusNode(v, event.currentTarget.matches(':focus-visible'));
            }}
            onBlur={() => props.onFocusNode(null)}
            onPointerEnter={() => props.onHoverNode(v)}
            onPointerLeave={() => props.onHoverNode(null)}
          />
        );
      })}
    </div>
  );
}
