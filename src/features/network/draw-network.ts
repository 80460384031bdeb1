// Paints the network on a canvas: edges batched into a few paths by style (10,000 edges stay one
// handful of strokes), then nodes, then the labels chosen by pickLabels. The hovered node is painted
// apart, on an overlay (drawHover), so that pointing at nodes never repaints the whole picture.
// Colours come from the theme tokens on the canvas element, so light and dark themes apply.
import { token } from '../../lib/canvas/use-theme-tokens';
import { EDGE_ORGANIZATION, type NetworkGraph } from './lib/network-graph';
import { pickLabels, labelBudget, type LabelCandidate, type PlacedLabel } from './lib/pick-labels';
import { HAIRLINES_ABOVE, tieStroke, tieWeightClass } from './lib/scene-cost';
import type { TieRoutes } from './lib/tie-routes';
import type { Subgraph } from './lib/visible-subgraph';
import { screenRadius, type Emphasis, type ViewTransform } from './lib/view-transform';

export interface DrawInput {
  ctx: CanvasRenderingContext2D;
  width: number;
  height: number;
  view: ViewTransform;
  xy: Float64Array;
  radii: readonly number[];
  graph: NetworkGraph;
  sub: Subgraph;
  drawnEdges: Int32Array;
  includeOrganizations: boolean;
  emphasis: Emphasis;
  colors: ThemeColors;
  /** Ties bent around nodes they do not join (control points in layout units). */
  routes: TieRoutes;
}

export type ThemeColors = ReturnType<typeof themeColors>;

const FONT_SIZE = 12;

// Label widths by text: the font never changes, and 2,000 names re-measured every frame add up.
const widths = new Map<string, number>();
function measureCached(ctx: CanvasRenderingContext2D, text: string): number {
  let w = widths.get(text);
  if (w === undefined) {
    w = ctx.measureText(text).width;
    if (widths.size > 5_000) widths.clear(); // bounded: memory must not grow with zooming
    widths.set(text, w);
  }
  return w;
}

/**
 * The theme's colours, from the CSS custom properties on the canvas (read once per theme change by
 * the canvas kit's useThemeTokens, never per paint).
 */
export function themeColors(style: CSSStyleDeclaration) {
  return {
    fg: token(style, '--fg', '#1c1e21'),
    muted: token(style, '--muted', '#565b63'),
    surface: token(style, '--surface', '#ffffff'),
    accent: token(style, '--accent', '#0b5fb3'),
    org: token(style, '--org', '#6b6f76'),
  };
}

/** Paints the picture and returns the labels it wrote (the overlay does not write them twice). */
export function drawNetwork(input: DrawInput): PlacedLabel[] {
  const { ctx, width, height, view, xy, radii, graph, sub, drawnEdges, includeOrganizations, emphasis, colors, routes } = input;
  const hairlines = drawnEdges.length > HAIRLINES_ABOVE;
  const sx = (i: number) => view.k * xy[i * 2]! + view.x;
  const sy = (i: number) => view.k * xy[i * 2 + 1]! + view.y;
  ctx.clearRect(0, 0, width, height);
  ctx.lineCap = 'butt'; // cheaper to rasterise than round caps, and invisible at these widths

  // Edges: batched by (emphasised, width bucket).
  const buckets = new Map<number, number[]>();
  const addEdge = (e: number) => {
    const strong = emphasis.edges.has(e);
    const w = tieWeightClass(sub.edgeCount[e]!);
    // Numeric style key: emphasised × 100 + width × 10 + organization tie.
    const key = (strong ? 100 : 0) + w * 10 + (graph.edgeKind[e] === EDGE_ORGANIZATION ? 1 : 0);
    const list = buckets.get(key);
    if (list) list.push(e);
    else buckets.set(key, [e]);
  };
  for (let i = 0; i < drawnEdges.length; i++) if (!emphasis.edges.has(drawnEdges[i]!)) addEdge(drawnEdges[i]!);
  // The selected event's ties are always drawn, even when only the strongest ties are.
  for (const e of emphasis.edges) if (sub.edgeCount[e]! > 0) addEdge(e);
  for (const [key, edges] of [...buckets].sort(([a], [b]) => a - b)) {
    const strong = key >= 100;
    const w = Math.floor(key / 10) % 10;
    const org = key % 10 === 1;
    ctx.beginPath();
    for (const e of edges) {
      const a = graph.edgeSource[e]!;
      const b = graph.edgeTarget[e]!;
      ctx.moveTo(sx(a), sy(a));
      const q = routes.get(e);
      if (q) ctx.quadraticCurveTo(view.k * q[0] + view.x, view.k * q[1] + view.y, sx(b), sy(b));
      else ctx.lineTo(sx(b), sy(b));
    }
    const stroke = tieStroke(w, strong, emphasis.active, hairlines);
    ctx.globalAlpha = stroke.alpha;
    ctx.strokeStyle = strong ? colors.accent : colors.muted;
    ctx.lineWidth = stroke.width;
    ctx.setLineDash(org ? [4, 3] : []);
    ctx.stroke();
  }
  ctx.setLineDash([]);

  // Nodes: the ones out of view (no event in the window or filter) stay as faint ghosts, in place.
  const nodeCount = includeOrganizations ? graph.nodes.length : graph.officialCount;
  for (let v = 0; v < nodeCount; v++) {
    const node = graph.nodes[v]!;
    const r = screenRadius(radii[v]!, view.k);
    const x = sx(v);
    const y = sy(v);
    if (x < -r || y < -r || x > width + r || y > height + r) continue;
    const visible = sub.nodeCount[v]! > 0;
    const strong = emphasis.nodes.has(v);
    ctx.globalAlpha = !visible ? 0.12 : emphasis.active && !strong ? 0.35 : 1;
    // A party's official in the party's colour (from the data); a third country's hollow, in the
    // neutral tone, its code beside the name; an organization a neutral square.
    const third = node.kind === 'official' && node.fill === null;
    ctx.fillStyle = node.fill ?? (third ? colors.surface : colors.org);
    ctx.beginPath();
    if (node.kind === 'organization') ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
    else ctx.arc(x, y, r, 0, Math.PI * 2);
    // A halo in the surface colour first: ties stop short of the node instead of running into it.
    ctx.lineWidth = 4;
    ctx.strokeStyle = colors.surface;
    ctx.stroke();
    ctx.fill();
    // Then the ring that marks an emphasised node, or a third country's.
    if (strong || third) {
      ctx.lineWidth = strong ? 3 : 2;
      ctx.strokeStyle = strong ? colors.fg : colors.org;
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;

  // Labels: emphasised and busiest nodes first, never overlapping.
  const candidates: LabelCandidate[] = [];
  for (let i = 0; i < sub.visibleNodes.length; i++) {
    const v = sub.visibleNodes[i]!;
    const strong = emphasis.nodes.has(v);
    candidates.push({
      node: v,
      x: sx(v),
      y: sy(v),
      r: screenRadius(radii[v]!, view.k),
      text: nodeText(graph.nodes[v]!),
      priority: (strong ? 1e9 : 0) + sub.nodeCount[v]! * 1000 + graph.nodes[v]!.degree,
      pinned: strong,
    });
  }
  setLabelFont(ctx);
  const labels = pickLabels(candidates, {
    width,
    height,
    fontSize: FONT_SIZE,
    maxLabels: labelBudget(width, height),
    measure: (text) => measureCached(ctx, text),
  });
  for (const label of labels) {
    const alpha = emphasis.active && !emphasis.nodes.has(label.node) ? 0.55 : 1;
    if (label.leader) drawLeader(ctx, colors, label.leader, alpha);
    writeLabel(ctx, colors, label.text, label.x, label.y, alpha);
  }
  ctx.globalAlpha = 1;
  return labels;
}

/** The name written beside a node: a third country's official carries the country's code. */
function nodeText(node: NetworkGraph['nodes'][number]): string {
  return node.badge ? `${node.label} (${node.badge})` : node.label;
}

const LABEL_FONT = `${FONT_SIZE}px system-ui, sans-serif`;

function setLabelFont(ctx: CanvasRenderingContext2D): void {
  // Setting a font resolves it against the canvas's style, which forces a style recalculation when
  // the page has changed since (the node buttons move on every zoom frame): only set it when it differs.
  if (ctx.font !== LABEL_FONT) ctx.font = LABEL_FONT;
  ctx.textBaseline = 'middle';
}

/** The line that joins a name set apart to its node: thin and in the text's colour, under the name. */
function drawLeader(ctx: CanvasRenderingContext2D, colors: ThemeColors, [x1, y1, x2, y2]: [number, number, number, number], alpha: number): void {
  ctx.globalAlpha = alpha;
  ctx.lineWidth = 1;
  ctx.strokeStyle = colors.fg;
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.stroke();
}

/** A name with a halo in the surface colour, legible over lines and discs. */
function writeLabel(ctx: CanvasRenderingContext2D, colors: ThemeColors, text: string, x: number, y: number, alpha: number): void {
  ctx.globalAlpha = alpha;
  ctx.lineWidth = 3;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = colors.surface;
  ctx.fillStyle = colors.fg;
  ctx.strokeText(text, x, y);
  ctx.fillText(text, x, y);
}

export type HoverInput = Pick<DrawInput, 'ctx' | 'width' | 'height' | 'view' | 'xy' | 'radii' | 'graph' | 'colors'> & {
  node: number;
  /** The picture already carries this node's name. */
  labelled: boolean;
};

/** The overlay: a ring around the hovered node and, when the picture has none, its name beside it. */
export function drawHover({ ctx, width, height, view, xy, radii, graph, node, labelled, colors }: HoverInput): void {
  ctx.clearRect(0, 0, width, height);
  if (node < 0) return;
  const r = screenRadius(radii[node]!, view.k);
  const x = view.k * xy[node * 2]! + view.x;
  const y = view.k * xy[node * 2 + 1]! + view.y;
  ctx.globalAlpha = 1;
  ctx.lineWidth = 3;
  ctx.strokeStyle = colors.accent;
  ctx.beginPath();
  ctx.arc(x, y, r + 1, 0, Math.PI * 2);
  ctx.stroke();
  if (labelled) return;
  setLabelFont(ctx);
  const text = nodeText(graph.nodes[node]!);
  const w = measureCached(ctx, text);
  // Right of the node, or left when the right edge would cut the name.
  const left = x + r + 3 + w <= width ? x + r + 3 : x - r - 3 - w;
  writeLabel(ctx, colors, text, left, y, 1);
}
