// Canvas drawing of a computed layout: grid, marks (uncertain spans faded and dashed, with end caps),
// titles where there is room, clusters with counts, the density strip. All positions come from the
// pure layout; this file only paints. Colours are the theme's tokens, read by the caller.
import type { EventKind } from '../../data/schema';
import { token } from '../../lib/canvas/use-theme-tokens';
import { DENSITY_BIN_PX } from './lib/aggregate';
import type { TimelineLayout } from './lib/timeline-layout';

export interface Palette {
  fg: string;
  muted: string;
  border: string;
  surface: string;
  accent: string;
  focus: string;
  kinds: Record<EventKind, string>;
}

export const KIND_TOKENS: Record<EventKind, string> = {
  talks: '--kind-talks',
  'online talks': '--kind-online-talks',
  'strategic dialogue': '--kind-strategic-dialogue',
  signing: '--kind-signing',
  visit: '--kind-visit',
  ceremony: '--kind-ceremony',
  other: '--kind-other',
};

export function readPalette(style: CSSStyleDeclaration): Palette {
  const get = (name: string) => token(style, name);
  const kinds = Object.fromEntries(Object.entries(KIND_TOKENS).map(([kind, token]) => [kind, get(token)])) as Record<EventKind, string>;
  return { fg: get('--fg'), muted: get('--muted'), border: get('--border'), surface: get('--surface'), accent: get('--accent'), focus: get('--focus'), kinds };
}

export interface Highlight {
  selectedId: string | null;
  hoveredId: string | null;
  /** Events of the official hovered in the network. */
  emphasised: ReadonlySet<string> | null;
}

const FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

export function drawTimeline(ctx: CanvasRenderingContext2D, layout: TimelineLayout, palette: Palette, highlight: Highlight): void {
  const { geometry: g } = layout;
  ctx.clearRect(0, 0, g.width, g.height);
  ctx.font = FONT;
  ctx.textBaseline = 'middle';

  // Grid: a line per tick, stronger at year starts.
  for (const tick of layout.ticks) {
    ctx.fillStyle = palette.border;
    ctx.globalAlpha = tick.level === 'year' ? 1 : 0.55;
    ctx.fillRect(Math.round(tick.x), g.axisHeight, 1, g.densityY + g.densityHeight - g.axisHeight);
  }
  ctx.globalAlpha = 1;

  if (layout.density) drawDensity(ctx, layout, palette);

  for (const c of layout.clusters) {
    const w = c.x1 - c.x0;
    ctx.fillStyle = palette.muted;
    ctx.globalAlpha = 0.18;
    ctx.fillRect(c.x0, c.y, w, c.h);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = palette.muted;
    ctx.lineWidth = 1;
    ctx.strokeRect(c.x0 + 0.5, c.y + 0.5, w - 1, c.h - 1);
    ctx.fillStyle = palette.fg;
    ctx.textAlign = 'center';
    if (w >= 18) ctx.fillText(String(c.count), c.x0 + w / 2, c.y + Math.min(c.h, 22) / 2, w - 4);
  }
  ctx.textAlign = 'left';

  for (const m of layout.marks) {
    const colour = palette.kinds[m.kind];
    const x0 = Math.max(m.x0, -2);
    const x1 = Math.min(m.x1, g.width + 2);
    const w = Math.max(1, x1 - x0);
    const dimmed = highlight.emphasised !== null && !highlight.emphasised.has(m.id);
    ctx.globalAlpha = dimmed ? 0.35 : 1;
    if (m.uncertain) {
      // The day is not known: a faded bar with a dashed outline and solid end caps.
      ctx.fillStyle = colour;
      ctx.globalAlpha *= 0.3;
      ctx.fillRect(x0, m.y, w, m.h);
      ctx.globalAlpha = dimmed ? 0.35 : 1;
      ctx.strokeStyle = colour;
      ctx.setLineDash([4, 3]);
      ctx.lineWidth = 1.5;
      ctx.strokeRect(x0 + 0.75, m.y + 0.75, w - 1.5, m.h - 1.5);
      ctx.setLineDash([]);
      ctx.fillRect(x0, m.y, 2, m.h);
      ctx.fillRect(x1 - 2, m.y, 2, m.h);
    } else {
      ctx.fillStyle = colour;
      ctx.fillRect(x0, m.y, w, m.h);
    }
    const selected = m.id === highlight.selectedId;
    if (selected || m.id === highlight.hoveredId) {
      ctx.strokeStyle = selected ? palette.fg : palette.accent;
      ctx.lineWidth = 2;
      ctx.strokeRect(x0 - 2, m.y - 2, w + 4, m.h + 4);
    }
    drawTitle(ctx, m, x0, x1, palette);
    ctx.globalAlpha = 1;
  }
}

function drawTitle(ctx: CanvasRenderingContext2D, m: TimelineLayout['marks'][number], x0: number, x1: number, palette: Palette) {
  const inside = x1 - x0;
  const cy = m.y + m.h / 2;
  const insideRoom = inside >= 70 ? inside - 10 : 0;
  const besideRoom = m.titleRoom >= 40 ? m.titleRoom - 8 : 0;
  if (insideRoom === 0 && besideRoom === 0) return;
  // Inside the bar when the title fits there (or the bar is the roomier place); else beside it, so a
  // title is cut only where the next mark needs the room, never with free space next to it.
  const fitsInside = insideRoom > 0 && ctx.measureText(m.title).width <= insideRoom;
  if (fitsInside || insideRoom >= besideRoom) {
    ctx.fillStyle = m.uncertain ? palette.fg : palette.surface;
    clippedText(ctx, m.title, x0 + 5, cy, insideRoom);
  } else if (m.titleLeft) {
    ctx.fillStyle = palette.fg;
    ctx.textAlign = 'right';
    clippedText(ctx, m.title, x0 - 4, cy, besideRoom, true);
    ctx.textAlign = 'left';
  } else {
    ctx.fillStyle = palette.fg;
    clippedText(ctx, m.title, x1 + 4, cy, besideRoom);
  }
}

/**
 * Text from x (or ending at x when `fromRight`), shortened with an ellipsis to fit maxWidth, so two
 * titles that face each other never read as one. Two measurements per title, however long it is.
 */
function clippedText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth: number, fromRight = false) {
  if (maxWidth <= 16) return;
  const full = ctx.measureText(text).width;
  let shown = text;
  if (full > maxWidth) {
    const ellipsis = ctx.measureText('…').width;
    const keep = Math.floor((text.length * (maxWidth - ellipsis)) / full) - 1;
    if (keep < 3) return;
    shown = `${text.slice(0, keep).trimEnd()}…`;
  }
  ctx.save();
  ctx.beginPath();
  ctx.rect(fromRight ? x - maxWidth : x, y - 10, maxWidth, 20);
  ctx.clip();
  ctx.fillText(shown, x, y);
  ctx.restore();
}

function drawDensity(ctx: CanvasRenderingContext2D, layout: TimelineLayout, palette: Palette) {
  const { geometry: g } = layout;
  const density = layout.density!;
  const [r0] = layout.scale.range() as [number, number];
  let max = 1;
  for (const c of density) if (c > max) max = c;
  ctx.fillStyle = palette.accent;
  const columnWidth = DENSITY_BIN_PX;
  for (let i = 0; i < density.length; i++) {
    const c = density[i]!;
    if (c === 0) continue;
    // Square-root height so a single event still shows next to a burst of hundreds.
    const h = Math.max(1, Math.sqrt(c / max) * g.densityHeight);
    ctx.fillRect(r0 + i * columnWidth, g.densityY + g.densityHeight - h, Math.max(1, columnWidth - 0.5), h);
  }
}
