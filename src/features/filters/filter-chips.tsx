// The officials in the filter, each with its own remove button, and "Clear filters".
import type { CSSProperties } from 'react';
import { partyOf } from '../../data/countries';
import type { Official, Party } from '../../data/schema';

interface Props {
  officials: readonly Official[];
  partyByCode: ReadonlyMap<string, Party>;
  onRemove: (officialId: string) => void;
  onClear: () => void;
  /** Whether anything (officials or a facet) is in the filter. */
  canClear: boolean;
}

/** The chip's dot takes the party's colour through a custom property (set from script: CSP-safe). */
function chipStyle(party: Party | undefined): CSSProperties | undefined {
  return party ? ({ '--chip-colour': party.colour } as CSSProperties) : undefined;
}

export function FilterChips({ officials, partyByCode, onRemove, onClear, canClear }: Props) {
  return (
    <>
      {officials.length > 0 && (
        <ul className="filter-chips" aria-label="Officials in the filter">
          {officials.map((o) => {
            const party = partyOf(partyByCode, o.country);
            return (
            <li key={o.id} className={party ? 'filter-chip' : 'filter-chip is-third-country'} data-country={o.country} style={chipStyle(party)}>
              <span>{o.name}</span>
              <button type="button" aria-label={`Remove ${o.name}`} title={`Remove ${o.name}`} onClick={() => onRemove(o.id)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
            );
          })}
        </ul>
      )}
      <button type="button" className="clear-filters" onClick={onClear} disabled={!canClear}>
        Clear filters
      </button>
    </>
  );
}
