// The key to the drawing: node colour is the country, size the number of events, a dashed line an
// organization's tie.
export function NetworkLegend({ includeOrganizations }: { includeOrganizations: boolean }) {
  return (
    <ul className="network-legend" aria-label="Network legend">
      <li>
        <span className="legend-dot legend-vn" aria-hidden="true" /> Vietnam
      </li>
      <li>
        <span className="legend-dot legend-ru" aria-hidden="true" /> Russia
      </li>
      {includeOrganizations && (
        <li>
          <span className="legend-square" aria-hidden="true" /> Organization
        </li>
      )}
      <li className="legend-note">Size: number of events · line: events shared</li>
    </ul>
  );
}
