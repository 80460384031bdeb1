// The timeline section: toolbar, plot (canvas + accessible overlay + axis), legend. The store's window
// drives everything; the layout is pure maths on (filtered events, window, size).
import { useCallback, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { DatasetIndex } from '../../data/dataset-index';
import { passingPositions } from '../../data/event-filter';
import { selectEventFilter } from '../../state/event-filter-state';
import { prefetchArticles, useDataset } from '../../data/dataset-queries';
import { msToDay } from '../../lib/dates';
import { selectHoveredEventId, selectHoveredOfficialId, selectSelectedEventId, selectFrame, selectWindow, useUiStore } from '../../state/ui-store';
import { bisect, buildTimeIndex } from './lib/time-index';
import { computeTimelineLayout, type ClusterLayout } from './lib/timeline-layout';
import { clampWindow, zoomAnchor, zoomWindow } from './lib/time-scale';
import { TimelineAxis } from './timeline-axis';
import { TimelineCanvas } from './timeline-canvas';
import { TimelineLegend } from './timeline-legend';
import { TimelineToolbar } from './timeline-toolbar';
import { TimelineOverlay, type OverlayHandlers } from './timeline-overlay';
import { SelectedEventBar } from './selected-event-bar';
import { useElementSize } from '../../lib/canvas/use-element-size';
import { useBringIntoView } from './use-bring-into-view';
import { useKeyboardWalk } from './use-keyboard-walk';
import { useTimelineZoom } from './use-timeline-zoom';
import { useKeptWhile } from '../../lib/use-kept-while';
import { overlayShift, shiftTransform } from './lib/overlay-shift';
import './timeline.css';

const DAY = 86_400_000;
const resetZoom = () => useUiStore.getState().resetWindow();

export function TimelineView() {
  const query = useDataset();
  const window = useUiStore(selectWindow);
  const sectionProps = {
    'aria-label': 'Timeline',
    'data-domain-start': msToDay(window.from),
    'data-domain-end': msToDay(window.to),
    className: 'timeline',
  };
  if (!query.data) {
    return (
      <section {...sectionProps}>
        <p className="timeline-status" role={query.isError ? undefined : 'status'}>
          {query.isError ? 'The events could not be loaded.' : 'Loading events…'}
        </p>
      </section>
    );
  }
  return <LoadedTimeline index={query.data} sectionProps={sectionProps} />;
}

function LoadedTimeline({ index, sectionProps }: { index: DatasetIndex; sectionProps: Record<string, string> }) {
  const queryClient = useQueryClient();
  const window = useUiStore(selectWindow);
  const frame = useUiStore(selectFrame);
  const filter = useUiStore(selectEventFilter);
  const selectedId = useUiStore(selectSelectedEventId);
  const hoveredId = useUiStore(selectHoveredEventId);
  const hoveredOfficialId = useUiStore(selectHoveredOfficialId);
  const [surface, setSurface] = useState<HTMLDivElement | null>(null);
  const overlayRef = useRef<HTMLDivElement | null>(null);
  const [tabStop, setTabStop] = useState<string | null>(null);
  /** The event the arrow keys moved to: it gets a mark even where its day is crowded. */
  const [walkTarget, setWalkTarget] = useState<string | null>(null);
  const { width, height } = useElementSize(surface);

  // Per dataset and filter, never per frame: the filtered time index.
  const timeIndex = useMemo(() => buildTimeIndex(index.starts, index.ends, passingPositions(index, filter)), [index, filter]);
  const selectedPosition = selectedId === null ? -1 : (index.positionById.get(selectedId) ?? -1);
  const targetPosition = walkTarget === null ? -1 : (index.positionById.get(walkTarget) ?? -1);
  const layout = useMemo(
    () =>
      computeTimelineLayout({
        events: index.eventsByDate,
        timeIndex,
        window,
        width,
        height,
        pinned: [selectedPosition, targetPosition].filter((p) => p >= 0),
      }),
    [index, timeIndex, window, width, height, selectedPosition, targetPosition],
  );
  // The canvas follows every frame. While a gesture moves the window, the buttons keep the layout they
  // were made for, stretched over the marks they stand for, and catch up once the gesture rests.
  const [moving, setMoving] = useState(false);
  const shown = useKeptWhile(moving, layout);
  const shift = shown === layout ? null : overlayShift(shown.scale, layout.scale);

  const emphasised = useMemo(() => {
    if (!hoveredOfficialId) return null;
    return new Set((index.positionsByOfficial.get(hoveredOfficialId) ?? []).map((p) => index.eventsByDate[p]!.id));
  }, [index, hoveredOfficialId]);
  const highlight = useMemo(() => ({ selectedId, hoveredId, emphasised }), [selectedId, hoveredId, emphasised]);

  const { onKeyDown, focusAfterRender, revealAfterRender, cancelPending } = useKeyboardWalk(overlayRef, index, timeIndex, window, shown, shown === layout, setWalkTarget);
  useBringIntoView(index, revealAfterRender);
  useTimelineZoom(surface, width, window, frame, cancelPending, setMoving);

  const warm = useCallback(
    (eventId: string) => {
      const e = index.eventById.get(eventId);
      if (e) prefetchArticles(queryClient, e.sources.map((s) => s.articleId));
    },
    [index, queryClient],
  );

  const handlers = useMemo<OverlayHandlers>(
    () => ({
      onSelect: (id) => useUiStore.getState().selectEvent(id),
      onHover: (id) => {
        useUiStore.getState().hoverEvent(id);
        if (id) warm(id);
      },
      onFocusEvent: (id) => {
        setTabStop(`e:${id}`);
        useUiStore.getState().hoverEvent(id);
        warm(id);
      },
      onBlurEvent: () => useUiStore.getState().hoverEvent(null),
      onFocusCluster: (key) => setTabStop(`c:${key}`),
      onOpenCluster: (c: ClusterLayout) => {
        const store = useUiStore.getState();
        const pad = (c.end - c.start) * 0.05;
        store.setWindow(clampWindow(store.frame, { from: c.start - pad, to: c.end + pad }));
        // Keep the keyboard user in place: focus the cluster's first event once it is shown.
        const p = timeIndex.allPositions[bisect(timeIndex.allStarts, c.start, false)];
        if (p !== undefined) focusAfterRender(index.eventsByDate[p]!.id);
      },
    }),
    [warm, timeIndex, index, focusAfterRender],
  );

  // Around the selected event when it is in view, so that zooming in on it never loses it.
  const zoomBy = useCallback(
    (factor: number) => {
      const store = useUiStore.getState();
      const p = store.selectedEventId === null ? undefined : index.positionById.get(store.selectedEventId);
      const selected: [number, number] | null = p === undefined ? null : [index.starts[p]!, index.ends[p]! + DAY];
      store.setWindow(zoomWindow(store.frame, store.window, factor, zoomAnchor(store.window, [selected])));
    },
    [index],
  );
  const empty = timeIndex.allPositions.length === 0;

  return (
    <section {...sectionProps} onKeyDown={onKeyDown}>
      <TimelineToolbar
        onZoom={zoomBy}
        onReset={resetZoom}
        hint={empty ? 'No events match the filter.' : 'Drag to pan, wheel or pinch to zoom; ← → walk events, + − 0 zoom, Esc clears.'}
      />
      <div className="timeline-surface" ref={setSurface}>
        {width > 0 && (
          <>
            <TimelineCanvas layout={layout} highlight={highlight} />
            <TimelineAxis ticks={layout.ticks} scale={layout.scale} width={width} />
            <div ref={overlayRef} className="timeline-overlay-host" style={{ transform: shiftTransform(shift) }}>
              <TimelineOverlay layout={shown} selectedId={selectedId} tabStop={tabStop} handlers={handlers} />
            </div>
          </>
        )}
      </div>
      <SelectedEventBar index={index} selectedId={selectedId} />
      <TimelineLegend />
    </section>
  );
}
