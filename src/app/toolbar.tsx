// The bar under the header: search, filter, facets, the Export menu, keyboard help, "Copy link", the
// notice for a link to a missing event and the one for a new version. The official filter is part of
// the first commit (2.5 KB gzip): loaded lazily, it pushed the views down when it arrived (a layout
// shift of 0.07 on phones, where it wraps to three rows). Search, facets, Export and keyboard help load
// as their own chunks into slots that keep their place meanwhile.
import { lazy, Suspense } from 'react';
import { FacetFilters, FilterBar } from '../features/filters';
import { CopyLinkButton } from './copy-link-button';
import { MissingEventNotice } from './missing-event-notice';

const SearchBox = lazy(() => import('../features/search'));
const ExportMenu = lazy(() => import('../features/export'));
const KeyboardHelp = lazy(() => import('../features/keyboard-help'));
const UpdateNotice = lazy(() => import('../features/offline'));

const placeholder = (label: string) => (
  <button type="button" disabled>
    {label}
  </button>
);

export default function Toolbar() {
  return (
    <section className="toolbar" aria-label="Filter and share">
      <Suspense fallback={<div className="search-slot" />}>
        <SearchBox />
      </Suspense>
      <FilterBar />
      <Suspense fallback={<div className="facet-slot" />}>
        <FacetFilters />
      </Suspense>
      <div className="toolbar-actions">
        <Suspense fallback={placeholder('Export')}>
          <ExportMenu />
        </Suspense>
        <Suspense fallback={placeholder('Keyboard shortcuts')}>
          <KeyboardHelp />
        </Suspense>
        <CopyLinkButton />
      </div>
      <MissingEventNotice />
      <Suspense fallback={null}>
        <UpdateNotice />
      </Suspense>
    </section>
  );
}

/**
 * The toolbar's shape while a large dataset's first picture shows: the same slots, nothing live, so
 * that the views do not move when the real toolbar takes its place.
 */
export function ToolbarPlaceholder() {
  return (
    <section className="toolbar" aria-hidden="true" inert>
      <div className="search-slot" />
      <div className="filter-bar filter-slot" />
      <div className="facet-slot" />
      <div className="toolbar-actions">
        {placeholder('Export')}
        {placeholder('Keyboard shortcuts')}
        {placeholder('Copy link')}
      </div>
    </section>
  );
}
