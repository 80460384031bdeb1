// The citation of one event, from the loaded dataset and its source articles (the same queries the
// article panel uses, so they are usually already in). Null while the articles load.
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { articleQuery, useDataset } from '../../data/dataset-queries';
import { eventRecord } from '../../lib/event-record';
import { corpusPageTitle } from '../../lib/page-title';
import { appRootUrl, eventPageUrl } from '../../state/url-state';
import { citationFor, type Citation } from './lib/citation';

export function eventPermalink(eventId: string): string {
  return eventPageUrl(eventId, appRootUrl(window.location.origin, window.location.pathname));
}

export function useCitation(eventId: string): Citation | null {
  const { data: index } = useDataset();
  const event = index?.eventById.get(eventId);
  const articles = useQueries({ queries: (event?.sources ?? []).map((s) => articleQuery(s.articleId)) });
  const settled = articles.every((a) => !a.isPending);
  const texts = articles.map((a) => a.data?.text);
  const textKey = texts.map((t) => t?.length ?? -1).join(',');
  return useMemo(() => {
    if (!index || !event || !settled) return null;
    const byId = new Map(event.sources.map((s, i) => [s.articleId, texts[i]]));
    const record = eventRecord(index, event, (id) => byId.get(id));
    return citationFor(record, { siteTitle: corpusPageTitle(index.dataset.corpus.title), permalink: eventPermalink(event.id), accessed: new Date().toISOString().slice(0, 10) });
    // texts are read through textKey: a new array each render, the same texts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, event, settled, textKey]);
}
