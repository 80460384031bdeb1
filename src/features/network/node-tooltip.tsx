// What hovering or focusing a node tells: name, native name, country, the titles the articles give
// them, and how many events (and how many of those are in view).
import type { DatasetIndex } from '../../data/dataset-index';
import type { GraphNode } from './lib/network-graph';

export function eventsPhrase(total: number, inView: number): string {
  const base = `${total} ${total === 1 ? 'event' : 'events'}`;
  return inView === total ? base : `${base}, ${inView} in view`;
}

/** The accessible name of a node: "<name> (<country>), 3 events". */
export function nodeName(node: GraphNode, inView: number): string {
  return `${node.label} (${node.countryName}), ${eventsPhrase(node.eventCount, inView)}`;
}

export function distinctTitles(index: DatasetIndex, node: GraphNode): string[] {
  if (node.kind !== 'official') return [];
  const titles = index.officialById.get(node.id)?.roles.map((r) => r.title) ?? [];
  return [...new Set(titles)];
}

interface NodeTooltipProps {
  id: string;
  index: DatasetIndex;
  node: GraphNode;
  inView: number;
  /** Where the box sits in the stage (below a node in the top half, above one in the bottom half). */
  position: { left: number; top?: number; bottom?: number };
}

export function NodeTooltip({ id, index, node, inView, position }: NodeTooltipProps) {
  const official = node.kind === 'official' ? index.officialById.get(node.id) : undefined;
  const titles = distinctTitles(index, node);
  return (
    <div id={id} role="tooltip" className="network-tooltip" style={position}>
      <strong className="network-tooltip-name">{node.label}</strong>
      {official?.nativeName && official.nativeName !== node.label && <span className="network-tooltip-native">{official.nativeName}</span>}
      <span>
        {node.countryName}
        {node.badge ? ` (${node.badge})` : ''}
        {node.kind === 'organization' ? ' · organization' : ''}
      </span>
      {titles.length > 0 && (
        <ul className="network-tooltip-titles">
          {titles.map((title) => (
            <li key={title}>{title}</li>
          ))}
        </ul>
      )}
      <span>{eventsPhrase(node.eventCount, inView)}</span>
    </div>
  );
}
