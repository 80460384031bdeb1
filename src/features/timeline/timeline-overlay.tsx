// Transparent, absolutely positioned buttons over the canvas: one per event mark and per cluster in
// view (capped by the layout), carrying the names and data-* attributes of the contract, the focus
// ring and the selection state, and receiving clicks. One of them is in the tab order (roving
// tabindex); the arrow keys move between them. Every button is at least MIN_TARGET px square (WCAG 2.2
// target size) around its mark; where the enlarged targets overlap, a click or tap goes to the mark
// nearest to it (the hit index), not to whichever button happens to be on top.
import { memo, useMemo, type MouseEvent } from 'react';
import { nearestShape } from '../../lib/canvas/hit-shape';
import { pickTabStop } from '../../lib/canvas/roving-focus';
import type { ClusterLayout, TimelineLayout } from './lib/timeline-layout';

export const MIN_TARGET = 24;

export interface OverlayHandlers {
  onSelect(eventId: string): void;
  onHover(eventId: string | null): void;
  onFocusEvent(eventId: string): void;
  onBlurEvent(): void;
  onOpenCluster(cluster: ClusterLayout): void;
  onFocusCluster(key: string): void;
}

interface Props {
  layout: TimelineLayout;
  selectedId: string | null;
  /** `e:<event id>` or `c:<cluster key>`: the one element in the tab order. */
  tabStop: string | null;
  handlers: OverlayHandlers;
}

/** A span [a, b] widened to at least MIN_TARGET around its middle, kept inside [0, limit]. */
function target(a: number, b: number, limit: number): [number, number] {
  const size = Math.max(MIN_TARGET, b - a);
  const start = Math.max(0, Math.min(limit - size, (a + b) / 2 - size / 2));
  return [start, size];
}

/** Keys of the shown buttons, in order: `e:<event id>` and `c:<cluster key>`. */
function shownKeys(layout: TimelineLayout): string[] {
  return [...layout.marks.map((m) => `e:${m.id}`), ...layout.clusters.map((c) => `c:${c.key}`)];
}

export const TimelineOverlay = memo(function TimelineOverlay({ layout, selectedId, tabStop, handlers }: Props) {
  const { width, height } = layout.geometry;
  const stop = pickTabStop(shownKeys(layout), tabStop, selectedId === null ? null : `e:${selectedId}`);
  // The marks as drawn (not their enlarged buttons), for resolving a click to the nearest one.
  const hits = useMemo(
    () =>
      layout.marks.map((m) => {
        const x0 = Math.max(0, m.x0);
        const x1 = Math.min(width, Math.max(m.x1, x0 + 1));
        return { item: m.id, x: (x0 + x1) / 2, y: m.y + m.h / 2, rx: (x1 - x0) / 2, ry: m.h / 2, round: false };
      }),
    [layout, width],
  );
  const select = (event: MouseEvent<HTMLButtonElement>, own: string) => {
    // Enter and Space (detail 0) choose the focused button itself.
    if (event.detail === 0) return handlers.onSelect(own);
    const box = event.currentTarget.parentElement!.getBoundingClientRect();
    handlers.onSelect(nearestShape(hits, event.clientX - box.left, event.clientY - box.top, MIN_TARGET) ?? own);
  };
  return (
    <div className="timeline-overlay">
      {layout.marks.map((m) => {
        const [left, w] = target(m.x0 - 2, m.x1 + 2, width);
        const [top, h] = target(m.y - 2, m.y + m.h + 2, height);
        const selected = m.id === selectedId;
        return (
          <button
            key={m.id}
            type="button"
            className={`timeline-mark${selected ? ' is-selected' : ''}`}
            data-event-id={m.id}
            aria-label={m.label}
            title={m.label}
            aria-current={selected ? 'true' : undefined}
            tabIndex={stop === `e:${m.id}` ? 0 : -1}
            style={{ left, top, width: w, height: h }}
            onClick={(event) => select(event, m.id)}
            onPointerEnter={() => handlers.onHover(m.id)}
            onPointerLeave={() => handlers.onHover(null)}
            onFocus={() => handlers.onFocusEvent(m.id)}
            onBlur={handlers.onBlurEvent}
          />
        );
      })}
      {layout.clusters.map((c) => {
        const [left, w] = target(c.x0, Math.min(width, c.x1), width);
        const [top, h] = target(c.y, c.y + c.h, height);
        return (
          <button
            key={c.key}
            type="button"
            className="timeline-cluster"
            data-cluster-count={c.count}
            data-cluster-start={c.start}
            data-cluster-end={c.end}
            aria-label={c.label}
            title={`${c.label}: zoom in`}
            tabIndex={stop === `c:${c.key}` ? 0 : -1}
            style={{ left, top, width: w, height: h }}
            onClick={() => handlers.onOpenCluster(c)}
            onFocus={() => handlers.onFocusCluster(c.key)}
          />
        );
      })}
    </div>
  );
});
