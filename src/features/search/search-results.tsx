// The results under the search box: officials whose names match (each opens a profile), then the
// matching events (title, date as precise as the source allows, a snippet with the hit marked).
import type { DatasetIndex } from '../../data/dataset-index';
import { formatEventDate } from '../../lib/day-format';
import { groupThousands } from '../../lib/format-count';
import { HighlightedText } from './highlighted-text';
import type { SearchAnswer, Snippet } from './lib/search-engine';

interface Props {
  index: DatasetIndex;
  answer: SearchAnswer;
  onOpenEvent: (eventId: string) => void;
  onOpenProfile: (officialId: string) => void;
  onShowMore: () => void;
}

const FIELD_LABEL: Record<Snippet['field'], string> = { summary: 'Summary', names: 'Participants', place: 'Place', body: 'Article' };

function SnippetText({ snippet, index }: { snippet: Snippet; index: DatasetIndex }) {
  const where = snippet.field === 'body' && snippet.articleId ? (index.articleById.get(snippet.articleId)?.title ?? 'Article') : FIELD_LABEL[snippet.field];
  return (
    <span className="search-snippet">
      <span className="search-snippet-where">{where}: </span>
      {snippet.clippedStart && '…'}
      <HighlightedText text={snippet.text} hits={snippet.hits} />
      {snippet.clippedEnd && '…'}
    </span>
  );
}

export function SearchResults({ index, answer, onOpenEvent, onOpenProfile, onShowMore }: Props) {
  const officials = answer.officialIds.flatMap((id) => index.officialById.get(id) ?? []);
  return (
    <div className="search-results">
      {officials.length > 0 && (
        <ul className="search-officials" aria-label="Matching officials">
          {officials.map((o) => (
            <li key={o.id}>
              <button type="button" className="search-official" onClick={() => onOpenProfile(o.id)}>
                <span className="visually-hidden">Profile of </span>
                {o.name}
                {o.nativeName && o.nativeName !== o.name && <span className="search-official-native"> {o.nativeName}</span>}
                <span className="search-official-tag" aria-hidden="true">
                  {' '}
                  profile
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {answer.items.length > 0 && (
        <ol className="search-result-list" aria-label="Search results">
          {answer.items.map((item) => {
            const event = index.eventById.get(item.id);
            if (!event) return null;
            return (
              <li key={item.id}>
                <button type="button" className="search-result" data-event-id={item.id} onClick={() => onOpenEvent(item.id)}>
                  <span className="search-result-title">
                    <HighlightedText text={event.title} hits={item.titleHits} />
                  </span>
                  <span className="search-result-date">{formatEventDate(event)}</span>
                  {item.snippet && <SnippetText snippet={item.snippet} index={index} />}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {answer.eventIds.length > answer.items.length && (
        <button type="button" className="search-more link-button" onClick={onShowMore}>
          Show more results ({groupThousands(answer.items.length)} of {groupThousands(answer.eventIds.length)} shown)
        </button>
      )}
    </div>
  );
}
