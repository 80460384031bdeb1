// The article panel, <aside aria-label="Article">: the selected event and its sources, or an
// overview when nothing is selected. The aside is its own scroll container.
import { useLayoutEffect, useMemo, useRef } from 'react';
import { passingPositions } from '../../data/event-filter';
import { selectEventFilter } from '../../state/event-filter-state';
import { useDataset } from '../../data/dataset-queries';
import { selectProfileOfficialId, selectSelectedEventId, useUiStore } from '../../state/ui-store';
import { OfficialProfile } from '../profile';
import { DatasetOverview } from './dataset-overview';
import { EventDetails } from './event-details';
import { neighbourPositions } from './lib/neighbour-events';
import './article.css';

const actions = () => useUiStore.getState();

export function ArticlePanel() {
  const { data: index } = useDataset();
  const selectedId = useUiStore(selectSelectedEventId);
  const profileId = useUiStore(selectProfileOfficialId);
  const filter = useUiStore(selectEventFilter);
  const asideRef = useRef<HTMLElement>(null);
  // A new event starts at the top of the panel. A layout effect, so it runs before the article's
  // own (passive) effect that then scrolls to the first passage. Not on mount: the panel starts at the
  // top, and scrolling would force a layout in the commit that shows it.
  const shown = useRef({ selectedId, profileId });
  useLayoutEffect(() => {
    if (shown.current.selectedId === selectedId && shown.current.profileId === profileId) return;
    shown.current = { selectedId, profileId };
    asideRef.current?.scrollTo?.({ top: 0 });
  }, [selectedId, profileId]);
  const passing = useMemo(() => (index ? passingPositions(index, filter) : null), [index, filter]);

  const event = index && selectedId !== null ? index.eventById.get(selectedId) : undefined;
  const position = event && index ? index.positionById.get(event.id) : undefined;
  const neighbours = index && position !== undefined ? neighbourPositions(index.eventsByDate.length, passing, position) : null;
  const idAt = (p: number | null | undefined) => (p === null || p === undefined ? null : (index?.eventsByDate[p]?.id ?? null));

  return (
    // Focusable because it scrolls on its own: keyboard users can scroll it even when it holds no button.
    <aside ref={asideRef} className="article-panel" aria-label="Article" tabIndex={0}>
      {!index ? null : profileId !== null && index.officialById.has(profileId) ? (
        <OfficialProfile
          key={profileId}
          index={index}
          officialId={profileId}
          backTo={event ? 'the event' : 'the overview'}
          onBack={() => actions().openProfile(null)}
          onSelectEvent={(id) => {
            actions().openProfile(null);
            actions().selectEvent(id);
          }}
          onOpenProfile={(id) => actions().openProfile(id)}
          onFilter={(id) => actions().addOfficial(id)}
        />
      ) : event ? (
        <EventDetails
          key={event.id}
          index={index}
          event={event}
          prevId={idAt(neighbours?.prev)}
          nextId={idAt(neighbours?.next)}
          onSelect={(id) => actions().selectEvent(id)}
          onPickOfficial={(id) => actions().openProfile(id)}
        />
      ) : (
        <DatasetOverview index={index} />
      )}
    </aside>
  );
}
