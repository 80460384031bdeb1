// One facet: a native disclosure (keyboard and screen-reader support for free) holding a checkbox per
// value with its count. The summary says how many values are ticked, so a closed facet still tells.
import type { FacetOption } from './lib/facet-options';
import { eventCountText } from './lib/facet-options';
import { groupThousands } from '../../lib/format-count';

interface Props {
  title: string;
  options: readonly FacetOption[];
  onToggle: (value: string) => void;
}

export function FacetGroup({ title, options, onToggle }: Props) {
  const chosen = options.filter((o) => o.checked).length;
  return (
    <details className="facet">
      <summary>
        {title}
        {chosen > 0 && <span className="facet-chosen"> · {chosen} chosen</span>}
      </summary>
      <fieldset className="facet-options">
        <legend className="visually-hidden">{title}</legend>
        {options.length === 0 && <p className="facet-empty">No events in view.</p>}
        {options.map((o) => (
          <label key={o.value} className="facet-option">
            <input type="checkbox" checked={o.checked} onChange={() => onToggle(o.value)} />
            <span className="facet-label">{o.label}</span>
            <span className="facet-count">
              {groupThousands(o.count)}
              <span className="visually-hidden"> {eventCountText(o.count).replace(/^[\d,]+ /, '')}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
