// The key to the drawing: node colour is the party (colours from the dataset's corpus description),
// a hollow node a third country's official (its code beside the name), size the number of events, a
// dashed line an organization's tie.
import type { DatasetIndex } from '../../data/dataset-index';

interface Props {
  index: DatasetIndex;
  includeOrganizations: boolean;
}

export function NetworkLegend({ index, includeOrganizations }: Props) {
  const hasThirdCountries = index.dataset.officials.some((o) => !index.partyByCode.has(o.country));
  return (
    <ul className="network-legend" aria-label="Network legend">
      {index.dataset.corpus.parties.map((party) => (
        <li key={party.code}>
          <span className="legend-dot" style={{ background: party.colour }} aria-hidden="true" /> {party.name}
        </li>
      ))}
      {hasThirdCountries && (
        <li>
          <span className="legend-dot legend-third" aria-hidden="true" /> Other country (code beside the name)
        </li>
      )}
      {includeOrganizations && (
        <li>
          <span className="legend-square" aria-hidden="true" /> Organization
        </li>
      )}
      <li className="legend-note">Size: number of events · line: events shared</li>
    </ul>
  );
}
