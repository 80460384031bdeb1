// The officials in the filter, each with its own remove button, and "Clear filters".
import type { Official } from '../../data/schema';

interface Props {
  officials: readonly Official[];
  onRemove: (officialId: string) => void;
  onClear: () => void;
}

export function FilterChips({ officials, onRemove, onClear }: Props) {
  return (
    <>
      {officials.length > 0 && (
        <ul className="filter-chips" aria-label="Officials in the filter">
          {officials.map((o) => (
            <li key={o.id} className={`filter-chip filter-chip-${o.country.toLowerCase()}`}>
              <span>{o.name}</span>
              <button type="button" aria-label={`Remove ${o.name}`} title={`Remove ${o.name}`} onClick={() => onRemove(o.id)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="clear-filters" onClick={onClear} disabled={officials.length === 0}>
        Clear filters
      </button>
    </>
  );
}
