// The article panel, <aside aria-label="Article">: the selected event and its sources, or an
// overview when nothing is selected. The aside is its own scroll container.
import { useLayoutEffect, useMemo, useRef } from 'react';
import { filteredPositions } from '../../data/dataset-index';
import { useDataset } from '../../data/dataset-queries';
import { selectOfficialIds, selectSelectedEventId, useUiStore } from '../../state/ui-store';
import { DatasetOverview } from './dataset-overview';
import { EventDetails } from './event-details';
import { neighbourPositions } from './lib/neighbour-events';
import './article.css';

const actions = () => useUiStore.getState();

export function ArticlePanel() {
  const { data: index } = useDataset();
  const selectedId = useUiStore(selectSelectedEventId);
  const officialIds = useUiStore(selectOfficialIds);
  const asideRef = useRef<HTMLElement>(null);
  // A new event starts at the top of the panel. A layout effect, so it runs before the article's
  // own (passive) effect that then scrolls to the first passage.
  useLayoutEffect(() => {
    asideRef.current?.scrollTo?.({ top: 0 });
  }, [selectedId]);
  const passing = useMemo(() => (index ? filteredPositions(index, officialIds) : null), [index, officialIds]);

  const event = index && selectedId !== null ? index.eventById.get(selectedId) : undefined;
  const position = event && index ? index.positionById.get(event.id) : undefined;
  const neighbours = index && position !== undefined ? neighbourPositions(index.eventsByDate.length, passing, position) : null;
  const idAt = (p: number | null | undefined) => (p === null || p === undefined ? null : (index?.eventsByDate[p]?.id ?? null));

  return (
    // Focusable because it scrolls on its own: keyboard users can scroll it even when it holds no button.
    <aside ref={asideRef} className="article-panel" aria-label="Article" tabIndex={0}>
      {!index ? null : event ? (
        <EventDetails
          key={event.id}
          index={index}
          event={event}
          prevId={idAt(neighbours?.prev)}
          nextId={idAt(neighbours?.next)}
          onSelect={(id) => actions().selectEvent(id)}
          onPickOfficial={(id) => actions().addOfficial(id)}
        />
      ) : (
        <DatasetOverview index={index} />
      )}
    </aside>
  );
}
