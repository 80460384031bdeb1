// The selected event: when (with its precision in words), where, who and what, each with a link to the
// passage that says it, and a plain line when part of the date comes from outside the article; who
// took part with the titles they held then; then each source article. Previous/Next walk the filtered
// events in date order.
import { useId, useMemo } from 'react';
import { countryName, partyOf } from '../../data/countries';
import type { DatasetIndex } from '../../data/dataset-index';
import type { DefenceEvent, EvidenceClaim } from '../../data/schema';
import { roleAtEvent } from '../../lib/role-at';
import { articlesWithOutsideYear, CLAIM_LABELS, firstPassageFor, passageId, roleDateLabel } from './lib/claims';
import { formatEventDate } from '../../lib/day-format';
import { PassageLink } from './passage-link';
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
  // Colons from useId are valid in ids and never reach a CSS selector.
  const prefix = useId();
  const linkTo = (claim: EvidenceClaim) => {
    const at = firstPassageFor(event, claim);
    return at ? (
      <>
        {' — '}
        <PassageLink targetId={passageId(prefix, at.sourceIndex, at.markIndex)} fact={CLAIM_LABELS[claim]} />
      </>
    ) : null;
  };
  const outsideYear = articlesWithOutsideYear(event, index.articleById);

  return (
    <div className="event-details">
      {/* Sticky in the panel: the event's title stays in view while the panel scrolls to its passage. */}
      <div className="event-head">
        <nav className="event-nav" aria-label="Event navigation">
          <button type="button" disabled={prevId === null} onClick={() => prevId && onSelect(prevId)}>
            ← Previous event
          </button>
          <button type="button" disabled={nextId === null} onClick={() => nextId && onSelect(nextId)}>
            Next event →
          </button>
        </nav>
        <h2 className="event-title">{event.title}</h2>
      </div>
      <CiteButton eventId={event.id} />
      <dl className="event-facts">
        <dt>Date</dt>
        <dd>
          {formatEventDate(event)}
          {linkTo('when')}
          {outsideYear.length > 0 && (
            <span className="event-outside">
              Year not printed in the article: {outsideYear[0]?.outsideYear} is from other reporting (see the note).
            </span>
          )}
          {event.dateNote && <span className="event-date-note">{event.dateNote}</span>}
        </dd>
        <dt>Place</dt>
        <dd>
          {event.location ?? 'not reported'}
          {event.location !== null && linkTo('where')}
        </dd>
        <dt>Who met</dt>
        <dd>
          {participants.length === 0 ? 'no official named' : participants.map(({ official }) => official.name).join(', ')}
          {participants.length > 0 && linkTo('who')}
        </dd>
        <dt>Kind</dt>
        <dd>
          <span className="kind-swatch" style={{ background: kindToken(event.kind) }} aria-hidden="true" />
          {event.kind}
        </dd>
      </dl>
      <p className="event-summary">
        {event.summary}
        {linkTo('what')}
      </p>

      <h3>Participants</h3>
      {participants.length === 0 ? (
        <p className="muted">No officials are named for this event.</p>
      ) : (
        <ul className="participants">
          {participants.map(({ official, role }) => (
            <li key={official.id}>
              <CountryMark index={index} code={official.country} />
              <button type="button" className="participant-name profile-open link-button" data-official-id={official.id} onClick={() => onPickOfficial(official.id)}>
                {official.name}
              </button>
              {role && (
                <span className="participant-role">
                  , {role.title} <span className="participant-role-date">({roleDateLabel(role, index.articleById.get(role.articleId))})</span>
                </span>
              )}
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
          passageId={(markIndex) => passageId(prefix, i, markIndex)}
        />
      ))}
    </div>
  );
}
