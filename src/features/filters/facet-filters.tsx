// Facets beside the official filter: the officials' match mode ("any of them" or "met together",
// its meaning spelled out), then event kind, organization and place, each a disclosure of checkboxes
// with counts for the current view. Lazy: none of it is needed for the first paint.
import { useMemo } from 'react';
import { useDataset } from '../../data/dataset-queries';
import type { Facet } from '../../data/event-filter';
import { facetCounts } from './lib/facet-counts';
import { selectEventFilter } from '../../state/event-filter-state';
import { selectWindow, useUiStore } from '../../state/ui-store';
import { sameDaysInView } from '../../state/time-window';
import { useSettledValue } from '../../state/use-settled-value';
import { FacetGroup } from './facet-group';
import { MatchMode } from './match-mode';
import { facetOptions } from './lib/facet-options';
import './facets.css';

/** Counting walks every event in view: follow the window only once it rests (not a render per frame). */
const COUNT_SETTLE_MS = 150;

const FACETS: { facet: Facet; title: string }[] = [
  { facet: 'kinds', title: 'Kind' },
  { facet: 'organizationIds', title: 'Organization' },
  { facet: 'places', title: 'Place' },
];

export default function FacetFilters() {
  const { data: index } = useDataset();
  const filter = useUiStore(selectEventFilter);
  const window = useSettledValue(selectWindow, COUNT_SETTLE_MS, sameDaysInView);
  const counts = useMemo(() => (index ? facetCounts(index, filter, window.from, window.to) : null), [index, filter, window]);
  if (!index || !counts) return null;

  const labelOf = (facet: Facet) => (value: string) => (facet === 'organizationIds' ? (index.organizationById.get(value)?.name ?? value) : value);
  const names = filter.officialIds.map((id) => index.officialById.get(id)?.name ?? id);
  const store = useUiStore.getState;
  return (
    <div className="facet-filters" role="group" aria-label="More filters">
      {names.length > 0 && <MatchMode names={names} matchAll={filter.matchAll} onChange={(all) => store().setMatchAll(all)} />}
      {FACETS.map(({ facet, title }) => (
        <FacetGroup
          key={facet}
          title={title}
          options={facetOptions(counts[facet], filter[facet], labelOf(facet))}
          onToggle={(value) => store().toggleFacetValue(facet, value)}
        />
      ))}
    </div>
  );
}
