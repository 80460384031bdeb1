// The selected event: what, when (with its precision in words), where, who (with the titles they
// held then), then each source article. Previous/Next walk the filtered events in date order.
import { useMemo } from 'react';
import { countryName, partyOf } from '../../data/countries';
import type { DatasetIndex } from '../../data/dataset-index';
import type { DefenceEvent } from '../../data/schema';
import { roleAtEvent } from '../../lib/role-at';
import { formatEventDate } from '../../lib/day-format';
import { SourceArticle } from './source-article';
import { CiteButton } from '../cite';

interface Props {
  index: DatasetIndex;
  event: DefenceEvent;
  prevId: string | null;
  nextId: string | null;
  onSelect: (eventId: string) => void;
  onPickOfficial: (officialId: string) => void;
}

const kindToken = (kind: string) => `var(--kind-${kind.replaceAll(' ', '-')})`;

/** A party's dot in its colour (from the data), or a third country's code. */
function CountryMark({ index, code }: { index: DatasetIndex; code: string }) {
  const party = partyOf(index.partyByCode, code);
  if (!party) {
    return (
      <span className="country-code" aria-hidden="true">
        {code}
      </span>
    );
  }
  return <span className="country-dot" style={{ background: party.colour }} aria-hidden="true" />;
}

export function EventDetails({ index, event, prevId, nextId, onSelect, onPickOfficial }: Props) {
  const participants = useMemo(
    () =>
      event.officialIds.flatMap((id) => {
        const official = index.officialById.get(id);
        return official ? [{ official, role: roleAtEvent(official, event) }] : [];
      }),
    [event, index],
  );
  const organizations = event.organizationIds.flatMap((id) => index.organizationById.get(id) ?? []);

  return (
    <div className="event-details">
      <nav className="event-nav" aria-label="Event navigation">
        <button type="button" disabled={prevId === null} onClick={() => prevId && onSelect(prevId)}>
          ← Previous event
        </button>
        <button type="button" disabled={nextId === null} onClick={() => nextId && onSelect(nextId)}>
          Next event →
        </button>
      </nav>
      <h2 className="event-title">{event.title}</h2>
      <CiteButton eventId={event.id} />
      <dl className="event-facts">
        <dt>Date</dt>
        <dd>
          {formatEventDate(event)}
          {event.dateNote && <span className="event-date-note">{event.dateNote}</span>}
        </dd>
        <dt>Place</dt>
        <dd>{event.location ?? 'not reported'}</dd>
        <dt>Kind</dt>
        <dd>
          <span className="kind-swatch" style={{ background: kindToken(event.kind) }} aria-hidden="true" />
          {event.kind}
        </dd>
      </dl>
      <p className="event-summary">{event.summary}</p>

      <h3>Participants</h3>
      {participants.length === 0 ? (
        <p className="muted">No officials are named for this event.</p>
      ) : (
        <ul className="participants">
          {participants.map(({ official, role }) => (
            <li key={official.id}>
              <CountryMark index={index} code={official.country} />
              <button type="button" className="participant-name profile-open" data-official-id={official.id} onClick={() => onPickOfficial(official.id)}>
                {official.name}
              </button>
              {role && <span className="participant-role">, {role.title}</span>}
              <span className="visually-hidden"> ({countryName(index.partyByCode, official.country)})</span>
            </li>
          ))}
        </ul>
      )}
      {organizations.length > 0 && (
        <p className="organizations">
          <span className="muted">Organizations: </span>
          {organizations.map((o) => o.name).join('; ')}
        </p>
      )}

      <h3>{event.sources.length === 1 ? 'Source article' : `Source articles (${event.sources.length})`}</h3>
      {event.sources.map((source, i) => (
        <SourceArticle
          key={source.articleId}
          meta={index.articleById.get(source.articleId)}
          source={source}
          officialById={index.officialById}
          onPickOfficial={onPickOfficial}
          isFirst={i === 0}
        />
      ))}
    </div>
  );
}
