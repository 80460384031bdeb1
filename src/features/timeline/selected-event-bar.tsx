// The selected event's date and title right under the plot, so that a tap on a small screen keeps
// what was chosen in view (the article panel sits far below there), with a way down to the passage
// that reports it. Beside the article panel (laptop and wider) the panel shows both; the bar hides.
import { memo } from 'react';
import type { DatasetIndex } from '../../data/dataset-index';
import { formatEventDate } from '../../lib/day-format';

function goToPassage(): void {
  const panel = document.querySelector<HTMLElement>('aside[aria-label="Article"]');
  const passage = panel?.querySelector<HTMLElement>('mark');
  const target = passage ?? panel;
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  // Keyboard and screen-reader users land where the page went.
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

export const SelectedEventBar = memo(function SelectedEventBar({ index, selectedId }: { index: DatasetIndex; selectedId: string | null }) {
  const event = selectedId === null ? undefined : index.eventById.get(selectedId);
  if (!event) return null;
  return (
    <div className="timeline-selected" aria-live="polite">
      <p className="timeline-selected-text">
        <span className="timeline-selected-date">{formatEventDate(event)}</span> <strong className="timeline-selected-title">{event.title}</strong>
      </p>
      <button type="button" onClick={goToPassage}>
        Go to the passage
      </button>
    </div>
  );
});
