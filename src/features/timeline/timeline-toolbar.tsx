// The timeline's heading, zoom buttons and hint. Without handlers (the first picture, before the
// dataset is in) the buttons are there but disabled, so nothing moves when they come alive.
import { memo } from 'react';
interface Props {
  onZoom?: (factor: number) => void;
  onReset?: () => void;
  hint: string;
}

export const TimelineToolbar = memo(function TimelineToolbar({ onZoom, onReset, hint }: Props) {
  const off = !onZoom || !onReset;
  return (
    <div className="timeline-toolbar">
      <h2 className="timeline-heading">Timeline</h2>
      <div className="timeline-zoom" role="group" aria-label="Zoom">
        <button type="button" onClick={() => onZoom?.(2)} aria-keyshortcuts="+" disabled={off}>
          Zoom in
        </button>
        <button type="button" onClick={() => onZoom?.(0.5)} aria-keyshortcuts="-" disabled={off}>
          Zoom out
        </button>
        <button type="button" onClick={() => onReset?.()} aria-keyshortcuts="0" disabled={off}>
          Reset zoom
        </button>
      </div>
      <p className="timeline-hint" role={off ? 'status' : undefined}>
        {hint}
      </p>
    </div>
  );
});
