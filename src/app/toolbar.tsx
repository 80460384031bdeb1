// The bar under the header: search, filter, facets, "Copy link" and the notice for a link to a
// missing event. The official filter is part of the first commit (2.5 KB gzip): loaded lazily, it
// pushed the views down when it arrived (a layout shift of 0.07 on phones, where it wraps to three
// rows). Search and facets load as their own chunks into slots that keep their place meanwhile.
import { lazy, Suspense } from 'react';
import { FacetFilters, FilterBar } from '../features/filters';
import { CopyLinkButton } from './copy-link-button';
import { MissingEventNotice } from './missing-event-notice';

const SearchBox = lazy(() => import('../features/search'));

export default function Toolbar() {
  return (
    <section className="toolbar" aria-label="Filter and share">
      <Suspense fallback={<div className="search-slot" />}>
        <SearchBox />
      </Suspense>
      <FilterBar />
      <Suspense fallback={null}>
        <FacetFilters />
      </Suspense>
      <CopyLinkButton />
      <MissingEventNotice />
    </section>
  );
}
