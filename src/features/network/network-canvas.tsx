// The drawn network: two canvases (the picture and a hover overlay, use-network-drawing) under a
// layer of node buttons. d3-zoom owns the stage's zoom listeners (use-network-zoom); pointer handlers
// hit-test through the quadtree to drag nodes (a local offset, not a relayout), add officials to the
// filter and open an edge's events.
import { startTransition, useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type PointerEvent, type MouseEvent } from 'react';
import type { DatasetIndex } from '../../data/dataset-index';
import { useUiStore } from '../../state/ui-store';
import { fitToView, layoutBounds } from './lib/force-layout';
import { useElementSize } from '../../lib/canvas/use-element-size';
import { useThemeTokens } from '../../lib/canvas/use-theme-tokens';
import { themeColors } from './draw-network';
import { buildNodeHitIndex, hitEdge, hitNode, type NodeHitIndex } from './lib/hit-test';
import type { NetworkGraph } from './lib/network-graph';
import type { Subgraph } from './lib/visible-subgraph';
import { screenRadius, type Emphasis, type ViewTransform } from './lib/view-transform';
import { NodeButtons } from './node-buttons';
import { NetworkZoomControls } from './network-zoom-controls';
import { combineRoutes, routeTies, strongestFirst } from './lib/tie-routes';
import { useKeptWhile } from '../../lib/use-kept-while';
import { nodesWithButtons } from './lib/button-nodes';
import { NodeMenu, revealProfile } from './node-menu';
import { placeBeside } from './lib/place-beside';
import { NodeTooltip } from './node-tooltip';
import { useNetworkZoom } from './use-network-zoom';
import { useNetworkDrawing, type SceneContent } from './use-network-drawing';

interface NetworkCanvasProps {
  index: DatasetIndex;
  graph: NetworkGraph;
  positions: Float64Array;
  radii: readonly number[];
  sub: Subgraph;
  /** The visible edges to draw and hit-test (all of them, or the strongest when there are very many). */
  drawnEdges: Int32Array;
  includeOrganizations: boolean;
  emphasis: Emphasis;
  hoveredFromStore: number;
  onEdgeClick(edge: number): void;
}

const DRAG_THRESHOLD = 4;

/**
 * Node tests the drawn ties' routing may spend per scene: the strongest ties are routed first, so a
 * dense picture bends its strongest ties (about 1,200 of 15,000 on the 50k synthetic corpus) in tens of
 * milliseconds, and draws the rest straight under the nodes' halos.
 */
const ROUTE_BUDGET = 100_000;

/** The selected event's ties (few, always drawn, always routed) over the drawn ties' routes. */
/** Matches .network-tooltip's width in network.css. */
const TOOLTIP_WIDTH = 230;
/** Matches .network-node-menu's width in network.css, and its height with its two rows. */
const MENU_BOX = { width: 280, height: 80 };

export function NetworkCanvas(props: NetworkCanvasProps) {
  const { index, graph, positions, radii, sub, drawnEdges, includeOrganizations, emphasis, hoveredFromStore } = props;
  const stageRef = useRef<HTMLDivElement | null>(null);
  const [stage, setStage] = useState<HTMLDivElement | null>(null);
  const stageCallback = useCallback((node: HTMLDivElement | null) => {
    stageRef.current = node;
    setStage(node);
  }, []);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const overlayRef = useRef<HTMLCanvasElement>(null);
  // Not on the path to the first marks: the picture is sized and drawn in tasks of its own.
  const size = useElementSize(stage, { urgent: false });
  const [moved, setMoved] = useState<ReadonlyMap<number, readonly [number, number]>>(new Map());
  /** The node being dragged, if any. */
  const [dragging, setDragging] = useState<number | null>(null);
  /** The node just dropped, until the ties are routed again (in a render of their own, after the drop's). */
  const [dropped, setDropped] = useState<number | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  // The official whose actions are open, and whether the keyboard opened them.
  const [menu, setMenu] = useState<{ node: number; fromKeyboard: boolean } | null>(null);
  const colors = useThemeTokens(stage, themeColors, { urgent: false });
  const tooltipId = useId();
  // Set below once hit-testing exists; d3-zoom's filter reads it when a press starts.
  const isOnNodeRef = useRef<(clientX: number, clientY: number) => boolean>(() => false);

  // Dragged nodes sit where they were dropped; everything else keeps the layout's place.
  const xy = useMemo(() => {
    if (moved.size === 0) return positions;
    const copy = Float64Array.from(positions);
    for (const [v, [x, y]] of moved) {
      copy[v * 2] = x;
      copy[v * 2 + 1] = y;
    }
    return copy;
  }, [positions, moved]);
  const shownRadii = useMemo(() => (includeOrganizations ? radii : radii.slice(0, graph.officialCount)), [radii, includeOrganizations, graph]);
  const fit = useMemo(() => fitToView(layoutBounds(positions, shownRadii), size.width, size.height), [positions, shownRadii, size]);
  const zoomer = useNetworkZoom(stage, size, isOnNodeRef);
  const transform = zoomer.transform;
  const view: ViewTransform = { k: transform.k * fit.k, x: transform.k * fit.x + transform.x, y: transform.k * fit.y + transform.y };
  // Choosing the buttons sorts the visible officials: only redo it when its inputs change, not on hover.
  // None before the stage's first size: they would stand at its corner until the picture is fitted.
  const buttons = useMemo(
    () => (size.width > 0 && size.height > 0 ? nodesWithButtons(graph, sub, xy, view, size.width, size.height, emphasis) : []),
    // view is derived from transform and fit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [graph, sub, xy, transform, fit, size, emphasis],
  );

  // Hit-testing for handlers that run outside render (d3's filter, pointer events): the inputs are
  // kept in a ref and the quadtree is rebuilt lazily, only when a pointer asks after a change.
  const hitInputs = useRef({ xy, sub, radii, view, index: null as NodeHitIndex | null });
  useLayoutEffect(() => {
    hitInputs.current = { xy, sub, radii, view, index: null };
    // view is derived from transform and fit: those are the real dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [xy, sub, radii, transform, fit]);
  const nodeAt = (clientX: number, clientY: number): number => {
    const stage = stageRef.current;
    const h = hitInputs.current;
    if (!stage) return -1;
    h.index ??= buildNodeHitIndex(h.xy, h.radii.map((r) => screenRadius(r, h.view.k) / h.view.k), h.sub.visibleNodes);
    const rect = stage.getBoundingClientRect();
    return hitNode(h.index, (clientX - rect.left - h.view.x) / h.view.k, (clientY - rect.top - h.view.y) / h.view.k, 3 / h.view.k);
  };
  useLayoutEffect(() => {
    isOnNodeRef.current = (clientX, clientY) => nodeAt(clientX, clientY) >= 0;
  });

  const shownHover = hovered ?? (hoveredFromStore >= 0 ? hoveredFromStore : -1);
  // A new object when anything the picture shows changes (the theme too): the drawing hook compares it.
  // Ties bent around the nodes they do not join, strongest first within a budget; a selection only
  // routes its own few ties again. Routing is the costly part of a scene: while a node is dragged the
  // routes made before the drag stay (its own ties are drawn straight), and are made again once on drop,
  // in a transition: the drop's own frame shows the node where it was let go without waiting for them.
  const straight = dragging ?? dropped;
  const routingXy = useKeptWhile(straight !== null, xy);
  const drawnRoutes = useMemo(
    () =>
      routeTies({ xy: routingXy, radii, nodes: sub.visibleNodes, source: graph.edgeSource, target: graph.edgeTarget, edges: strongestFirst(drawnEdges, sub.edgeCount), margin: 4, budget: ROUTE_BUDGET }),
    [routingXy, radii, sub, graph, drawnEdges],
  );
  const emphasisRoutes = useMemo(
    () => routeTies({ xy: routingXy, radii, nodes: sub.visibleNodes, source: graph.edgeSource, target: graph.edgeTarget, edges: Int32Array.from(emphasis.edges), margin: 4 }),
    [routingXy, radii, sub, graph, emphasis],
  );
  const routes = useMemo(
    () => combineRoutes(drawnRoutes, emphasisRoutes, straight, graph.edgeSource, graph.edgeTarget),
    [drawnRoutes, emphasisRoutes, straight, graph],
  );
  const scene = useMemo<SceneContent | null>(
    () => (colors ? { xy, radii, graph, sub, drawnEdges, includeOrganizations, emphasis, colors, routes } : null),
    [xy, radii, graph, sub, drawnEdges, includeOrganizations, emphasis, colors, routes],
  );
  useNetworkDrawing(canvasRef, overlayRef, size, view, scene, shownHover);

  // --- pointer: drag nodes, click nodes drawn without a button, click edges ---
  const drag = useRef<{ node: number; pointerId: number; x: number; y: number; moving: boolean } | null>(null);
  const suppressClick = useRef(false);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    suppressClick.current = false;
    if (event.button !== 0 || event.pointerType === 'touch') return;
    const fromButton = (event.target as HTMLElement).closest<HTMLElement>('[data-node]');
    const node = fromButton ? Number(fromButton.dataset.node) : nodeAt(event.clientX, event.clientY);
    if (node >= 0) drag.current = { node, pointerId: event.pointerId, x: event.clientX, y: event.clientY, moving: false };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (d && d.pointerId === event.pointerId) {
      if (!d.moving && Math.hypot(event.clientX - d.x, event.clientY - d.y) < DRAG_THRESHOLD) return;
      if (!d.moving) {
        d.moving = true;
        setDragging(d.node);
        stageRef.current?.setPointerCapture(event.pointerId);
      }
      const rect = event.currentTarget.getBoundingClientRect();
      const wx = (event.clientX - rect.left - view.x) / view.k;
      const wy = (event.clientY - rect.top - view.y) / view.k;
      setMoved((m) => new Map(m).set(d.node, [wx, wy]));
      return;
    }
    if (event.pointerType === 'mouse') {
      const node = nodeAt(event.clientX, event.clientY);
      const next = node >= 0 ? node : null;
      if (next !== hovered) hover(next);
    }
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== event.pointerId) return;
    if (d.moving) {
      suppressClick.current = true;
      setDragging(null);
      setDropped(d.node);
      startTransition(() => setDropped(null));
    }
    drag.current = null;
  };

  const hover = (node: number | null) => {
    setHovered(node);
    const official = node !== null && node < graph.officialCount ? graph.nodes[node]!.id : null;
    useUiStore.getState().hoverOfficial(official);
  };
  const activate = (node: number, fromKeyboard = false) => {
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    if (node >= graph.officialCount) return;
    useUiStore.getState().addOfficial(graph.nodes[node]!.id);
    setMenu({ node, fromKeyboard });
  };
  const closeMenu = (returnFocus: boolean) => {
    const node = menu?.node;
    setMenu(null);
    if (returnFocus && node !== undefined) stageRef.current?.querySelector<HTMLButtonElement>(`button[data-node="${node}"]`)?.focus();
  };
  const onStageClick = (event: MouseEvent<HTMLDivElement>) => {
    if ((event.target as Element).closest('button')) return;
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    const node = nodeAt(event.clientX, event.clientY);
    if (node >= 0) return activate(node);
    setMenu(null);
    const rect = event.currentTarget.getBoundingClientRect();
    const wx = (event.clientX - rect.left - view.x) / view.k;
    const wy = (event.clientY - rect.top - view.y) / view.k;
    const edge = hitEdge(xy, graph.edgeSource, graph.edgeTarget, drawnEdges, wx, wy, 6 / view.k, routes);
    if (edge >= 0) props.onEdgeClick(edge);
  };

  const resetView = () => {
    zoomer.reset();
    setMoved(new Map());
  };
  // A focused node that is out of view is panned into it.
  const focusNode = (node: number | null, visible = true) => {
    // A mouse click focuses the button too; the tooltip then follows the pointer, not the focus.
    setFocused(visible ? node : null);
    if (node === null) return;
    const x = view.k * xy[node * 2]! + view.x;
    const y = view.k * xy[node * 2 + 1]! + view.y;
    if (x < 0 || y < 0 || x > size.width || y > size.height) {
      zoomer.centreOn(fit.k * xy[node * 2]! + fit.x, fit.k * xy[node * 2 + 1]! + fit.y);
    }
  };

  // The menu stands in for the tooltip of its own node.
  const tipNode = hovered ?? focused ?? -1;
  const shownTip = menu !== null && menu.node === tipNode ? -1 : tipNode;
  const besideNode = (v: number) => {
    const x = view.k * xy[v * 2]! + view.x;
    const y = view.k * xy[v * 2 + 1]! + view.y;
    const r = screenRadius(radii[v]!, view.k);
    return {
      left: Math.max(4, Math.min(x - TOOLTIP_WIDTH / 2, size.width - TOOLTIP_WIDTH - 4)),
      ...(y < size.height / 2 ? { top: y + r + 8 } : { bottom: size.height - y + r + 8 }),
    };
  };
  // A menu whose node has left the picture (filter, window) closes.
  const menuNode = menu !== null && sub.nodeCount[menu.node]! > 0 ? menu.node : null;

  return (
    <div className="network-canvas-wrap">
      <NetworkZoomControls onZoom={(factor) => zoomer.zoomBy(factor)} onFit={resetView} />
      <div
        ref={stageCallback}
        className={`network-stage${hovered !== null ? ' is-over-node' : ''}`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onPointerLeave={() => hovered !== null && hover(null)}
        onClick={onStageClick}
      >
        <canvas ref={canvasRef} className="network-canvas" aria-hidden="true" />
        <canvas ref={overlayRef} className="network-canvas network-canvas-overlay" aria-hidden="true" />
        <NodeButtons
          graph={graph}
          sub={sub}
          nodes={buttons}
          xy={xy}
          radii={radii}
          view={view}
          emphasis={emphasis}
          tooltipNode={shownTip}
          tooltipId={tooltipId}
          onActivate={activate}
          onFocusNode={focusNode}
          onHoverNode={hover}
        />
        {shownTip >= 0 && (
          <NodeTooltip id={tooltipId} index={index} node={graph.nodes[shownTip]!} inView={sub.nodeCount[shownTip]!} position={besideNode(shownTip)} />
        )}
        {menuNode !== null && (
          <NodeMenu
            name={graph.nodes[menuNode]!.label}
            position={placeBeside(view.k * xy[menuNode * 2]! + view.x, view.k * xy[menuNode * 2 + 1]! + view.y, screenRadius(radii[menuNode]!, view.k), MENU_BOX, size)}
            takeFocus={menu!.fromKeyboard}
            onOpenProfile={() => {
              closeMenu(true);
              useUiStore.getState().openProfile(graph.nodes[menuNode]!.id);
              revealProfile();
            }}
            onRemoveFromFilter={() => {
              closeMenu(true);
              useUiStore.getState().removeOfficial(graph.nodes[menuNode]!.id);
            }}
            onClose={closeMenu}
          />
        )}
      </div>
    </div>
  );
}
