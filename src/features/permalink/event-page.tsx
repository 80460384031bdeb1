// The body of an event's own page, written by the build and readable without JavaScript: the event,
// who took part (with the titles they held then), and every evidence passage verbatim with what it
// supports and where it was published. The app replaces it when it starts on the same event.
import type { EventRecord } from '../../lib/event-record';
import { participantLine } from '../../lib/event-record';
import { formatDay } from '../../lib/day-format';

export function EventPage({ record }: { record: EventRecord }) {
  const { event } = record;
  return (
    <article className="permalink" aria-labelledby="permalink-title">
      <p className="permalink-kicker">Event · {event.kind}</p>
      <h2 id="permalink-title">{event.title}</h2>
      <dl className="permalink-facts">
        <dt>Date</dt>
        <dd>
          {record.dateText}
          {event.dateNote && <span className="permalink-note">{event.dateNote}</span>}
        </dd>
        <dt>Place</dt>
        <dd>{event.location ?? 'not reported'}</dd>
      </dl>
      <p className="permalink-summary">{event.summary}</p>

      <h3>Participants</h3>
      {record.participants.length === 0 ? (
        <p>No officials are named for this event.</p>
      ) : (
        <ul>
          {record.participants.map((p) => (
            <li key={p.official.id}>
              <a href={`officials/${p.official.id}/`}>{participantLine(p)}</a> ({p.country})
            </li>
          ))}
        </ul>
      )}
      {record.organizations.length > 0 && <p>Organizations: {record.organizations.map((o) => o.name).join('; ')}</p>}

      <h3>Evidence</h3>
      {record.sources.map((source) => (
        <section key={source.articleId} className="permalink-source" aria-label={`Source: ${source.meta?.title ?? source.articleId}`}>
          <h4>{source.meta?.title ?? source.articleId}</h4>
          <p className="permalink-meta">
            {source.meta?.source ?? 'Unknown outlet'}
            {' · '}
            {source.meta?.publishedAt ? formatDay(source.meta.publishedAt) : 'publication date not reported'}
            {source.meta?.publishedAtNote ? ` (${source.meta.publishedAtNote})` : ''}
            {source.meta?.url && (
              <>
                {' · '}
                <a href={source.meta.url} rel="noopener noreferrer">
                  Original article
                </a>
              </>
            )}
          </p>
          {source.passages.map((passage, i) => (
            <figure key={i} className="permalink-passage">
              <blockquote>{passage.text}</blockquote>
              {passage.supports.length > 0 && <figcaption>Supports: {passage.supports.join(', ')}</figcaption>}
            </figure>
          ))}
        </section>
      ))}
      <p>
        <a href={`./?event=${event.id}`}>Open this event in the explorer</a>
      </p>
    </article>
  );
}
