// Tick labels as DOM text (crisp, themed, selectable); the grid lines are on the canvas.
import type { Tick } from './lib/time-ticks';

export function TimelineAxis({ ticks, width }: { ticks: readonly Tick[]; width: number }) {
  return (
    <div className="timeline-axis" aria-hidden="true">
      {ticks.map((t) =>
        t.x < 0 || t.x > width ? null : (
          <span key={t.ms} className={`timeline-tick timeline-tick-${t.level}`} style={{ left: t.x }}>
            {t.label}
          </span>
        ),
      )}
    </div>
  );
}
