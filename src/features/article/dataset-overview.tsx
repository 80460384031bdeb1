// With nothing selected: an invitation to pick an event, and what the dataset is made of.
import { useMemo } from 'react';
import type { DatasetIndex } from '../../data/dataset-index';
import { publishedLabel } from './lib/claims';
import { groupThousands } from '../../lib/format-count';

export function DatasetOverview({ index }: { index: DatasetIndex }) {
  const { dataset } = index;
  const eventsPerArticle = useMemo(() => {
    const counts = new Map<string, number>();
    for (const e of dataset.events) for (const s of e.sources) counts.set(s.articleId, (counts.get(s.articleId) ?? 0) + 1);
    return counts;
  }, [dataset]);
  // The list is an overview, not a catalogue: at synthetic scale only the first articles are listed.
  const shown = dataset.articles.slice(0, 50);

  return (
    <div className="dataset-overview">
      <h2>Pick an event</h2>
      <p>
        Select an event on the timeline (or press Enter on a focused one) to read the original reporting, with the passages
        that report it highlighted.
      </p>
      <p className="muted">
        {groupThousands(dataset.events.length)} events · {groupThousands(dataset.officials.length)} officials ·{' '}
        {groupThousands(dataset.organizations.length)} organizations · {groupThousands(dataset.articles.length)} articles
      </p>
      <h3>Articles</h3>
      <ol className="overview-articles">
        {shown.map((a) => (
          <li key={a.id}>
            <span className="overview-article-title">{a.title}</span>
            <span className="muted">
              {' '}
              — {a.source}, {publishedLabel(a)} · {eventsPerArticle.get(a.id) ?? 0} events
            </span>
          </li>
        ))}
      </ol>
      {dataset.articles.length > shown.length && (
        <p className="muted">…and {groupThousands(dataset.articles.length - shown.length)} more.</p>
      )}
    </div>
  );
}
