// An official's profile, shown in the article panel in place of the event: names in every form,
// country, posts over time (each with the passage that gives it), events in date order and the
// officials they met. "Back" returns to what the panel showed before.
import type { DatasetIndex } from '../../data/dataset-index';
import { formatEventDate } from '../../lib/day-format';
import { PostPassage } from './post-passage';
import { countryName } from '../../data/countries';
import { asOfText, profileData } from './lib/profile-data';
import './profile.css';

interface Props {
  index: DatasetIndex;
  officialId: string;
  /** What Back returns to, in words: "the event" or "the overview". */
  backTo: string;
  onBack: () => void;
  onSelectEvent: (eventId: string) => void;
  onOpenProfile: (officialId: string) => void;
  onFilter: (officialId: string) => void;
}

export function OfficialProfile({ index, officialId, backTo, onBack, onSelectEvent, onOpenProfile, onFilter }: Props) {
  const data = profileData(index, officialId);
  if (!data) return null;
  const { official, otherNames, posts, events, counterparts } = data;
  const organization = (id: string | null) => (id === null ? undefined : index.organizationById.get(id)?.name);
  return (
    <section className="profile" aria-labelledby="profile-title">
      <nav className="event-nav" aria-label="Profile navigation">
        <button type="button" onClick={onBack}>
          ← Back to {backTo}
        </button>
        <button type="button" onClick={() => onFilter(official.id)}>
          Filter by {official.name}
        </button>
      </nav>
      <p className="profile-kicker">Profile</p>
      <h2 id="profile-title" className="event-title">
        {official.name}
      </h2>
      <dl className="event-facts">
        {otherNames.length > 0 && (
          <>
            <dt>Also written</dt>
            <dd>{otherNames.join(' · ')}</dd>
          </>
        )}
        <dt>Country</dt>
        <dd>{countryName(index.partyByCode, official.country)}</dd>
      </dl>

      <h3>Posts</h3>
      {posts.length === 0 ? (
        <p className="muted">The articles give no post for {official.name}.</p>
      ) : (
        <ol className="profile-posts">
          {posts.map((role) => {
            const article = index.articleById.get(role.articleId);
            const org = organization(role.organizationId);
            return (
              <li key={`${role.articleId}-${role.start}`}>
                <p className="profile-post-title">
                  {role.title}
                  <span className="muted"> ({asOfText(role, article)})</span>
                </p>
                {org && <p className="profile-post-org muted">{org}</p>}
                <PostPassage role={role} articleTitle={article?.title ?? role.articleId} />
              </li>
            );
          })}
        </ol>
      )}

      <h3>Events ({events.length})</h3>
      <ol className="profile-events">
        {events.map((e) => (
          <li key={e.id}>
            <button type="button" className="profile-link link-button" data-event-id={e.id} onClick={() => onSelectEvent(e.id)}>
              {e.title}
            </button>
            <span className="muted"> · {formatEventDate(e)}</span>
          </li>
        ))}
      </ol>

      <h3>Met with</h3>
      {counterparts.length === 0 ? (
        <p className="muted">No other official is named at {official.name}’s events.</p>
      ) : (
        <ul className="profile-counterparts">
          {counterparts.map(({ official: other, count }) => (
            <li key={other.id}>
              <button type="button" className="profile-link link-button" data-official-id={other.id} onClick={() => onOpenProfile(other.id)}>
                {other.name}
              </button>
              <span className="muted">
                {' '}
                · {count} {count === 1 ? 'event' : 'events'} together
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
