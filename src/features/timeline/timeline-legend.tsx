// What the colours and shapes mean: one swatch per kind (the theme's --kind-* tokens) and the
// drawing of an event whose exact day was not reported.
import { memo } from 'react';
import { eventKinds } from '../../data/schema-constants';
import { KIND_TOKENS } from './draw-timeline';

export const TimelineLegend = memo(function TimelineLegend() {
  return (
    <ul className="timeline-legend" aria-label="Legend">
      {eventKinds.map((kind) => (
        <li key={kind}>
          <span className="timeline-swatch" style={{ background: `var(${KIND_TOKENS[kind]})` }} aria-hidden="true" />
          {kind}
        </li>
      ))}
      <li>
        <span className="timeline-swatch timeline-swatch-uncertain" aria-hidden="true" />
        dashed, faded: day not reported (range, month or year)
      </li>
      <li>
        <span className="timeline-swatch timeline-swatch-cluster" aria-hidden="true" />
        box with a number: events grouped (zoom in)
      </li>
    </ul>
  );
});
