// The bar under the header: search, filter, facets, the Export menu, keyboard help, "Copy link", the
// notice for a link to a missing event and the one for a new version. The official filter is part of
// the first commit (2.5 KB gzip): loaded lazily, it pushed the views down when it arrived (a layout
// shift of 0.07 on phones, where it wraps to three rows). Search, facets, Export and keyboard help load
// as their own chunks into slots that keep their place meanwhile. Their chunks are asked for after the
// first commit (`toolbarPreloads`) and they render once `ready`: starting a lazy chunk (its preload
// links) cost the first commit, the one that draws the first marks, several milliseconds each.
import { lazy } from 'react';
import { FacetFilters, FilterBar, preloadFacetFilters } from '../features/filters';
import { CopyLinkButton } from './copy-link-button';
import { Later } from './later';
import { MissingEventNotice } from './missing-event-notice';

const loaders = {
  search: () => import('../features/search'),
  export: () => import('../features/export'),
  keyboardHelp: () => import('../features/keyboard-help'),
  updateNotice: () => import('../features/offline'),
};
const SearchBox = lazy(loaders.search);
const ExportMenu = lazy(loaders.export);
const KeyboardHelp = lazy(loaders.keyboardHelp);
const UpdateNotice = lazy(loaders.updateNotice);

/** Each asks for the chunk of one of the bar's lazy parts ahead of its first render. */
export const toolbarPreloads = [...Object.values(loaders).map((load) => () => void load()), preloadFacetFilters];

const placeholder = (label: string) => (
  <button type="button" disabled>
    {label}
  </button>
);


export default function Toolbar({ ready }: { ready: boolean }) {
  return (
    <section className="toolbar" aria-label="Filter and share">
      <Later ready={ready} slot={<div className="search-slot" />}>
        <SearchBox />
      </Later>
      <FilterBar />
      <Later ready={ready} slot={<div className="facet-slot" />}>
        <FacetFilters />
      </Later>
      <div className="toolbar-actions">
        <Later ready={ready} slot={placeholder('Export')}>
          <ExportMenu />
        </Later>
        <Later ready={ready} slot={placeholder('Keyboard shortcuts')}>
          <KeyboardHelp />
        </Later>
        <CopyLinkButton />
      </div>
      <MissingEventNotice />
      <Later ready={ready} slot={null}>
        <UpdateNotice />
      </Later>
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
