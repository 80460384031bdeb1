// The tab title follows what the panel shows (an official's profile, else the selected event), so
// history entries and bookmarks are named by it. The site's own title is the loaded corpus's (the
// page's static <title> may name the corpus the build was made with, when data/ was replaced by another's).
import { useEffect } from 'react';
import type { DatasetIndex } from '../data/dataset-index';
import { corpusPageTitle, documentTitle, eventHeadline, officialHeadline } from '../lib/page-title';
import { selectProfileOfficialId, selectSelectedEventId, useUiStore } from '../state/ui-store';

export function useDocumentTitle(index: DatasetIndex | undefined): void {
  const selectedId = useUiStore(selectSelectedEventId);
  const profileId = useUiStore(selectProfileOfficialId);
  useEffect(() => {
    if (!index) return;
    const site = corpusPageTitle(index.dataset.corpus.title);
    const official = profileId === null ? undefined : index.officialById.get(profileId);
    const event = selectedId === null ? undefined : index.eventById.get(selectedId);
    document.title = documentTitle(official ? officialHeadline(official) : event ? eventHeadline(event) : null, site);
  }, [index, selectedId, profileId]);
}
