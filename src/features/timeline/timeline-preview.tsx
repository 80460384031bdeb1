// The timeline's first picture of a large dataset, drawn from event-dates.json while dataset.json is
// still loading: the counts per period and the density strip, exactly as the full view draws them at
// that window, under the same toolbar with its buttons not yet live. Nothing in it is interactive
// (the overlay is inert); it says it is loading. Once it has painted, dataset.json may be parsed.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { openDatasetGate, wantsPreview } from '../../data/dataset-gate';
import { useEventDates } from '../../data/dataset-queries';
import type { DecodedDates } from '../../data/event-dates';
import { msToDay } from '../../lib/dates';
import { useElementSize } from '../../lib/canvas/use-element-size';
import type { TimeWindow } from '../../state/time-window';
import { unfilteredWindowOf } from '../../state/url-state';
import { buildTimeIndex } from './lib/time-index';
import { datesOnlyLayout } from './lib/timeline-layout';
import { TimelineAxis } from './timeline-axis';
import { TimelineCanvas } from './timeline-canvas';
import { TimelineLegend } from './timeline-legend';
import { TimelineOverlay, type OverlayHandlers } from './timeline-overlay';
import { TimelineToolbar } from './timeline-toolbar';

const NO_HIGHLIGHT = { selectedId: null, hoveredId: null, emphasised: null };
const INERT: OverlayHandlers = {
  onSelect: () => undefined,
  onHover: () => undefined,
  onFocusEvent: () => undefined,
  onBlurEvent: () => undefined,
  onOpenCluster: () => undefined,
  onFocusCluster: () => undefined,
};

/** `fallback` shows when there is no picture to draw (a link that filters, the dates not in yet). */
export function TimelinePreview({ fallback }: { fallback: ReactNode }) {
  const { data, isError } = useEventDates();
  // A link that filters gets no picture: only the dataset knows which events pass.
  const window = useMemo(
    () => (data && wantsPreview(data.starts.length) ? unfilteredWindowOf(location.pathname, location.search, data.corpus.span) : null),
    [data],
  );
  useEffect(() => {
    if (isError || (data && window === null)) openDatasetGate();
  }, [data, window, isError]);
  if (!data || !window) return fallback;
  return <PreviewPlot dates={data} window={window} />;
}

function PreviewPlot({ dates, window }: { dates: DecodedDates; window: TimeWindow }) {
  const [surface, setSurface] = useState<HTMLDivElement | null>(null);
  const { width, height } = useElementSize(surface);
  const timeIndex = useMemo(() => buildTimeIndex(dates.starts, dates.ends, null), [dates]);
  const layout = useMemo(() => (width > 0 ? datesOnlyLayout({ timeIndex, window, width, height }) : null), [timeIndex, window, width, height]);
  const measured = width > 0;

  useEffect(() => {
    if (!measured) return;
    // No picture at this window (few events in view): the dataset is needed for anything at all.
    if (!layout) return openDatasetGate();
    // After the frame with the picture has been produced, not before.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(openDatasetGate, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [measured, layout]);

  return (
    <section aria-label="Timeline" aria-busy="true" className="timeline" data-domain-start={msToDay(window.from)} data-domain-end={msToDay(window.to)}>
      <TimelineToolbar hint="Loading the events… (counts per period shown meanwhile)" />
      <div className="timeline-surface" ref={setSurface}>
        {layout && (
          <>
            <TimelineCanvas layout={layout} highlight={NO_HIGHLIGHT} />
            <TimelineAxis ticks={layout.ticks} scale={layout.scale} width={width} />
            <div className="timeline-overlay-host" inert aria-hidden="true">
              <TimelineOverlay layout={layout} selectedId={null} tabStop={null} handlers={INERT} />
            </div>
          </>
        )}
      </div>
      <TimelineLegend />
    </section>
  );
}
