// The body of an official's own page, written by the build: their names, the posts the articles
// give them over time (each with the article that says so), and the events they took part in.
import type { ArticleMeta, DefenceEvent, Official, Organization } from '../../data/schema';
import { formatDay, formatEventDate } from '../../lib/day-format';

interface Props {
  official: Official;
  /** The official's country in words. */
  country: string;
  events: readonly DefenceEvent[];
  organizationById: ReadonlyMap<string, Organization>;
  articleById: ReadonlyMap<string, ArticleMeta>;
}

export function OfficialPage({ official, country, events, organizationById, articleById }: Props) {
  const roles = [...official.roles].sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
  return (
    <article className="permalink" aria-labelledby="permalink-title">
      <p className="permalink-kicker">Official · {country}</p>
      <h2 id="permalink-title">{official.name}</h2>
      {official.nativeName && <p className="permalink-native">{official.nativeName}</p>}
      {official.aliases.length > 0 && <p>Also written: {official.aliases.join('; ')}</p>}

      <h3>Posts</h3>
      {roles.length === 0 ? (
        <p>No article gives this official a title.</p>
      ) : (
        <ul>
          {roles.map((role, i) => {
            const organization = role.organizationId === null ? undefined : organizationById.get(role.organizationId);
            const article = articleById.get(role.articleId);
            return (
              <li key={i}>
                {role.title}
                {organization ? ` (${organization.name})` : ''}, as of {formatDay(role.asOf)}
                {article && <span className="permalink-note">according to “{article.title}”, {article.source}</span>}
              </li>
            );
          })}
        </ul>
      )}

      <h3>{events.length === 1 ? 'Event' : `Events (${events.length})`}</h3>
      {events.length === 0 ? (
        <p>No event with this official is recorded.</p>
      ) : (
        <ol>
          {events.map((event) => (
            <li key={event.id}>
              <a href={`events/${event.id}/`}>{event.title}</a>, {formatEventDate(event)}
            </li>
          ))}
        </ol>
      )}
      <p>
        <a href={`./?officials=${official.id}`}>Open this official in the explorer</a>
      </p>
    </article>
  );
}
