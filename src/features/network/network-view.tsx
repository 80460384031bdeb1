// The relationship network section: officials (and, when switched on, organizations) linked by the
// events they shared, limited to the timeline's window and the filter, with the selected event's
// participants lit up. The graph and its layout are computed once per dataset; a window or filter
// change only recomputes which ties are visible, and the window is followed lazily (once the
// timeline's zoom or pan settles), so zoom frames cost the network nothing.
import { memo, useMemo, useState } from 'react';
import type { DatasetIndex } from '../../data/dataset-index';
import { groupThousands } from '../../lib/format-count';
import { passingPositions } from '../../data/event-filter';
import { useDataset } from '../../data/dataset-queries';
import {
  selectHoveredOfficialId,
  selectSelectedEventId,
  useUiStore,
} from '../../state/ui-store';
import { EDGE_ORGANIZATION, buildNetworkGraph, type NetworkGraph } from './lib/network-graph';
import { createSubgraphCache } from './lib/subgraph-cache';
import { edgeNameRanks } from './lib/tie-rows';
import { visibleEdgeEvents } from './lib/visible-subgraph';
import type { Emphasis } from './lib/view-transform';
import { EdgeEvents } from './edge-events';
import { NetworkCanvas } from './network-canvas';
import { NetworkZoomControls } from './network-zoom-controls';
import { NetworkLegend } from './network-legend';
import { TieTable } from './tie-table';
import { useNetworkLayout } from './use-network-layout';
import { useSettledFilter, useSettledWindow } from './use-settled-window';
import './network.css';

const MAX_DRAWN_EDGES = 15_000;

export function NetworkView() {
  const query = useDataset();
  return (
    <section aria-label="Relationship network" className="network">
      <h2 className="network-title">Relationship network</h2>
      {query.isSuccess ? (
        <NetworkBody index={query.data} />
      ) : query.isError ? (
        <p className="network-note">The network needs the dataset, which did not load.</p>
      ) : (
        <p className="network-note" role="status">
          Loading the network…
        </p>
      )}
    </section>
  );
}

function emphasisFor(graph: NetworkGraph, index: DatasetIndex, selected: string | null, officialIds: readonly string[], includeOrgs: boolean): Emphasis {
  const nodes = new Set<number>();
  const edges = new Set<number>();
  for (const id of officialIds) {
    const v = graph.nodeIndex.get(id);
    if (v !== undefined && v < graph.officialCount) nodes.add(v);
  }
  const p = selected === null ? undefined : index.positionById.get(selected);
  if (p !== undefined) {
    for (let i = graph.eventNodeStart[p]!; i < graph.eventNodeStart[p + 1]!; i++) {
      const v = graph.eventNodes[i]!;
      if (includeOrgs || v < graph.officialCount) nodes.add(v);
    }
    for (let i = graph.eventEdgeStart[p]!; i < graph.eventEdgeStart[p + 1]!; i++) {
      const e = graph.eventEdges[i]!;
      if (includeOrgs || graph.edgeKind[e] !== EDGE_ORGANIZATION) edges.add(e);
    }
  }
  return { nodes, edges, active: nodes.size > 0 || p !== undefined };
}

function NetworkBody({ index }: { index: DatasetIndex }) {
  const graph = useMemo(() => buildNetworkGraph(index), [index]);
  const layout = useNetworkLayout(graph, index);
  const timeWindow = useSettledWindow();
  // The filter reaches the network a moment after the timeline has shown the filtered events, so the
  // network's subgraph, tie table and redraw never hold that update back.
  const filter = useSettledFilter();
  const officialIds = filter.officialIds;
  const selected = useUiStore(selectSelectedEventId);
  const hoveredOfficial = useUiStore(selectHoveredOfficialId);
  const [includeOrgs, setIncludeOrgs] = useState(false);
  const [openEdge, setOpenEdge] = useState<number | null>(null);

  // The filter walks only the chosen officials' own events.
  const positions = useMemo(() => passingPositions(index, filter), [index, filter]);
  const cache = useMemo(() => createSubgraphCache(graph, index.starts, index.ends, edgeNameRanks(graph)), [graph, index]);
  // The cache hands back the same sub and rows while the events in play are unchanged, so the
  // memos and the canvas redraw below are skipped too.
  const { sub, rows } = useMemo(
    () => cache.get({ from: timeWindow.from, to: timeWindow.to, positions, includeOrganizations: includeOrgs }),
    [cache, timeWindow, positions, includeOrgs],
  );
  // Past MAX_DRAWN_EDGES, only the strongest ties are drawn (the table still lists them all).
  const drawnEdges = useMemo(
    () => (rows.length > MAX_DRAWN_EDGES ? Int32Array.from(rows.slice(0, MAX_DRAWN_EDGES), (r) => r.edge) : sub.visibleEdges),
    [rows, sub],
  );
  const emphasis = useMemo(() => emphasisFor(graph, index, selected, officialIds, includeOrgs), [graph, index, selected, officialIds, includeOrgs]);
  const hoveredNode = hoveredOfficial === null ? -1 : (graph.nodeIndex.get(hoveredOfficial) ?? -1);

  const shownEdge = openEdge !== null && sub.edgeCount[openEdge]! > 0 ? openEdge : null;
  const edgeTitle = shownEdge === null ? '' : `${graph.nodes[graph.edgeSource[shownEdge]!]!.label} and ${graph.nodes[graph.edgeTarget[shownEdge]!]!.label}`;
  const edgePositions = useMemo(
    () => (shownEdge === null ? [] : visibleEdgeEvents(graph, index.starts, index.ends, shownEdge, { from: timeWindow.from, to: timeWindow.to, positions })),
    [graph, index, shownEdge, timeWindow, positions],
  );
  const officialsInView = useMemo(() => countOfficials(graph, sub.visibleNodes), [graph, sub]);

  return (
    // data-layout tells tests and the benchmark when the layout has settled ("ready").
    <div className="network-body" data-layout={layout.positions ? 'ready' : layout.error ? 'error' : 'pending'}>
      <div className="network-bar">
        <NetworkLegend index={index} includeOrganizations={includeOrgs} />
        <label className="network-switch">
          <input type="checkbox" checked={includeOrgs} onChange={(event) => setIncludeOrgs(event.target.checked)} />
          Show organizations
        </label>
      </div>
      <p className="network-summary">
        {officialsInView} of {graph.officialCount} officials, {rows.length} {rows.length === 1 ? 'tie' : 'ties'} in view
        {rows.length > MAX_DRAWN_EDGES ? ` (the ${groupThousands(MAX_DRAWN_EDGES)} strongest drawn)` : ''}. Click a node to filter by
        that official (and for their profile); click a line to list its events.
      </p>
      {layout.positions ? (
        <NetworkCanvas
          index={index}
          graph={graph}
          positions={layout.positions}
          radii={layout.radii}
          sub={sub}
          drawnEdges={drawnEdges}
          includeOrganizations={includeOrgs}
          emphasis={emphasis}
          hoveredFromStore={hoveredNode}
          onEdgeClick={setOpenEdge}
        />
      ) : (
        // The picture's shape while the positions come, its zoom buttons' row included.
        <div className="network-canvas-wrap">
          <NetworkZoomControls />
          <p className="network-stage network-note" role="status">
            {layout.error ?? 'Laying out…'}
          </p>
        </div>
      )}
      {shownEdge !== null && <EdgeEvents index={index} title={edgeTitle} positions={edgePositions} onClose={() => setOpenEdge(null)} />}
      <MemoTieTable index={index} graph={graph} rows={rows} onShowEvents={setOpenEdge} />
    </div>
  );
}

// Hover and selection re-render the body; the table's props only change with the ties in view.
const MemoTieTable = memo(TieTable);

function countOfficials(graph: NetworkGraph, nodes: Int32Array): number {
  let n = 0;
  for (let i = 0; i < nodes.length; i++) if (nodes[i]! < graph.officialCount) n++;
  return n;
}
