// Tick labels as DOM text (crisp, themed, selectable); the grid lines are on the canvas. The year
// stays in view at every zoom level (a sticky label at the left edge); each label is cut only where
// the next one begins.
import { axisLabels, type Tick } from './lib/time-ticks';
import type { TimeScale } from './lib/time-scale';

export function TimelineAxis({ ticks, scale, width }: { ticks: readonly Tick[]; scale: TimeScale; width: number }) {
  return (
    <div className="timeline-axis" aria-hidden="true">
      {axisLabels(ticks, scale, width).map((l) => (
        <span
          key={l.key}
          className={`timeline-tick timeline-tick-${l.level}${l.sticky ? ' timeline-tick-sticky' : ''}`}
          data-axis-label={l.level}
          style={{ left: l.x, maxWidth: Math.max(0, l.maxWidth) }}
        >
          {l.text}
        </span>
      ))}
    </div>
  );
}
