// The events behind one tie (chosen on the canvas or in the table): each a button that selects it.
import { useEffect, useRef } from 'react';
import type { DatasetIndex } from '../../data/dataset-index';
import { selectSelectedEventId, useUiStore } from '../../state/ui-store';
import { formatEventDate } from '../../lib/day-format';

interface EdgeEventsProps {
  index: DatasetIndex;
  title: string;
  positions: number[];
  onClose(): void;
}

export function EdgeEvents({ index, title, positions, onClose }: EdgeEventsProps) {
  const selected = useUiStore(selectSelectedEventId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Move focus to the panel when it opens (or shows another tie), so keyboard users land on it.
  useEffect(() => headingRef.current?.focus(), [title]);

  return (
    <div
      className="edge-events"
      role="region"
      aria-label={`Events of ${title}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="edge-events-head">
        <h3 ref={headingRef} tabIndex={-1}>
          {title}: {positions.length} {positions.length === 1 ? 'event' : 'events'} in view
        </h3>
        <button type="button" onClick={onClose}>
          Close list
        </button>
      </div>
      <ul>
        {positions.map((p) => {
          const event = index.eventsByDate[p]!;
          return (
            <li key={event.id}>
              <button
                type="button"
                aria-current={event.id === selected ? 'true' : undefined}
                onClick={() => useUiStore.getState().selectEvent(event.id)}
              >
                <span className="edge-events-date">{formatEventDate(event)}</span> {event.title}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
