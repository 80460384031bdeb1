// The tab title follows the selected event, so history entries and bookmarks are named by it.
// The site's own title is read once from the page: the app's page gives it as its <title>; an
// event's page (whose <title> names the event) gives it as `application-name`.
import { useEffect } from 'react';
import type { DatasetIndex } from '../data/dataset-index';
import { documentTitle, eventHeadline } from '../lib/page-title';
import { selectSelectedEventId, useUiStore } from '../state/ui-store';

let site: string | null = null;

function siteTitle(): string {
  // Read before the first change: afterwards document.title is ours.
  site ??= document.querySelector<HTMLMetaElement>('meta[name="application-name"]')?.content || document.title;
  return site;
}

export function useDocumentTitle(index: DatasetIndex | undefined): void {
  const selectedId = useUiStore(selectSelectedEventId);
  useEffect(() => {
    if (!index) return;
    const site = siteTitle();
    const event = selectedId === null ? undefined : index.eventById.get(selectedId);
    document.title = documentTitle(event ? eventHeadline(event) : null, site);
  }, [index, selectedId]);
}
