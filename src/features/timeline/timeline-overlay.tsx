// Transparent, absolutely positioned buttons over the canvas: one per event mark and per cluster in
// view (capped by the layout), carrying the names and data-* attributes of the contract, the focus
// ring and the selection state, and receiving clicks. One of them is in the tab order (roving
// tabindex); the arrow keys move between them.
import { memo } from 'react';
import type { ClusterLayout, TimelineLayout } from './lib/timeline-layout';

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

const clampLeft = (x0: number) => Math.max(0, x0);

/** The remembered tab stop if it is still shown, else the selected event, else the first element. */
function pickTabStop(layout: TimelineLayout, tabStop: string | null, selectedId: string | null): string | null {
  const shown = (key: string | null) =>
    key !== null &&
    (key.startsWith('e:') ? layout.marks.some((m) => `e:${m.id}` === key) : layout.clusters.some((c) => `c:${c.key}` === key));
  if (shown(tabStop)) return tabStop;
  if (selectedId !== null && shown(`e:${selectedId}`)) return `e:${selectedId}`;
  if (layout.marks[0]) return `e:${layout.marks[0].id}`;
  return layout.clusters[0] ? `c:${layout.clusters[0].key}` : null;
}

export const TimelineOverlay = memo(function TimelineOverlay({ layout, selectedId, tabStop, handlers }: Props) {
  const width = layout.geometry.width;
  const stop = pickTabStop(layout, tabStop, selectedId);
  return (
    <div className="timeline-overlay">
      {layout.marks.map((m) => {
        const left = clampLeft(m.x0 - 2);
        const right = Math.min(width, m.x1 + 2);
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
            style={{ left, top: m.y - 2, width: Math.max(6, right - left), height: m.h + 4 }}
            onClick={() => handlers.onSelect(m.id)}
            onPointerEnter={() => handlers.onHover(m.id)}
            onPointerLeave={() => handlers.onHover(null)}
            onFocus={() => handlers.onFocusEvent(m.id)}
            onBlur={handlers.onBlurEvent}
          />
        );
      })}
      {layout.clusters.map((c) => {
        const left = clampLeft(c.x0);
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
            style={{ left, top: c.y, width: Math.max(16, Math.min(width, c.x1) - left), height: c.h }}
            onClick={() => handlers.onOpenCluster(c)}
            onFocus={() => handlers.onFocusCluster(c.key)}
          />
        );
      })}
    </div>
  );
});
