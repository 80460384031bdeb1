// The filter: a combobox to add officials, chips to remove them. Its state is the store's
// officialIds; the URL sync turns each change into a history entry.
import { useMemo } from 'react';
import type { Official } from '../../data/schema';
import { countryName } from '../../data/countries';
import { useDataset } from '../../data/dataset-queries';
import { selectOfficialIds, useUiStore } from '../../state/ui-store';
import { buildOfficialMatcher, type OfficialMatcher } from './lib/match-officials';
import { OfficialCombobox } from './official-combobox';
import { FilterChips } from './filter-chips';
import './filters.css';

export function FilterBar() {
  const { data: index } = useDataset();
  const officialIds = useUiStore(selectOfficialIds);
  const canClear = useUiStore((s) => s.officialIds.length + s.kinds.length + s.organizationIds.length + s.places.length > 0);

  // Folding every name is work for the list's first opening, not for the render that shows the page.
  const matcher = useMemo(() => {
    if (!index) return null;
    let built: OfficialMatcher | null = null;
    return () => {
      if (built) return built;
      const counts = new Map<string, number>();
      for (const [id, positions] of index.positionsByOfficial) counts.set(id, positions.length);
      return (built = buildOfficialMatcher(index.dataset.officials, counts));
    };
  }, [index]);

  const selected = useMemo(
    () => (index ? officialIds.map((id) => index.officialById.get(id)).filter((o): o is Official => o !== undefined) : []),
    [index, officialIds],
  );

  if (!matcher || !index) return null;
  const store = useUiStore.getState;
  const nameOf = (code: string) => countryName(index.partyByCode, code);
  return (
    <div className="filter-bar" role="group" aria-label="Filter">
      <OfficialCombobox matcher={matcher} countryName={nameOf} selectedIds={officialIds} onChoose={(id) => store().addOfficial(id)} />
      <FilterChips officials={selected} partyByCode={index.partyByCode} onRemove={(id) => store().removeOfficial(id)} onClear={() => store().clearFilters()} canClear={canClear} />
    </div>
  );
}
