// The accessible equivalent of the drawing: every tie in view as a row (who met whom, how many
// events, first–last date) with the same actions as the canvas. Virtualised, so 10,000 ties keep
// a few dozen rows in the DOM; aria-rowcount and aria-rowindex keep the table's shape for
// assistive technology.
import { useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useAfterFirstPaint } from '../../lib/use-after-first-paint';
import { useElementSize } from '../../lib/canvas/use-element-size';
import { observeScrollerRect, rowHeight, scrollWrites } from './tie-table-measure';
import type { DatasetIndex } from '../../data/dataset-index';
import { useUiStore } from '../../state/ui-store';
import type { NetworkGraph } from './lib/network-graph';
import { formatEventSpan } from '../../lib/day-format';
import type { TieRow } from './lib/tie-rows';

/** A row's height until its observer reports it; it only sizes the body until the rows are in. */
const ROW_ESTIMATE = 44;

interface TieTableProps {
  index: DatasetIndex;
  graph: NetworkGraph;
  rows: TieRow[];
  onShowEvents(edge: number): void;
}

export function TieTable({ index, graph, rows, onShowEvents }: TieTableProps) {
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  // The table and its full height come with the picture; its rows in a commit of their own once that
  // is painted, which moves nothing: the body's height is already the rows' estimate. Every size is
  // an observer's report (tie-table-measure.ts), the scroller's first one included, so that commit
  // inserts the rows and the browser styles and lays them out in its own time.
  const afterPaint = useAfterFirstPaint();
  const scrollerSize = useElementSize(scroller, { urgent: false });
  const live = afterPaint && scrollerSize.height > 0;
  const [scrollToFn] = useState(scrollWrites);
  // TanStack Virtual returns fresh functions each render by design; the compiler is told to skip memoising here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    enabled: live,
    getScrollElement: () => scroller,
    estimateSize: () => ROW_ESTIMATE,
    initialRect: scrollerSize,
    observeElementRect: observeScrollerRect,
    measureElement: rowHeight(ROW_ESTIMATE),
    scrollToFn,
    overscan: 8,
  });
  // Rows stay in the normal flow between two spacers: a row whose height is not yet reported pushes
  // the next one down instead of overlapping it.
  const items = live ? virtualizer.getVirtualItems() : [];
  const spacers = items.length > 0 ? { paddingTop: items[0]!.start, paddingBottom: virtualizer.getTotalSize() - items[items.length - 1]!.end } : { height: rows.length * ROW_ESTIMATE };
  const label = (v: number) => graph.nodes[v]!.label;
  const span = (row: TieRow) => {
    const first = index.eventsByDate[row.firstPosition];
    const last = index.eventsByDate[row.lastPosition];
    return first && last ? formatEventSpan(first, last) : '';
  };
  const filterBy = (v: number) => {
    if (v < graph.officialCount) useUiStore.getState().addOfficial(graph.nodes[v]!.id);
  };

  return (
    <div role="table" aria-label="Ties in view" aria-rowcount={rows.length + 1} className="tie-table">
      <div role="rowgroup" className="tie-head">
        <div role="row" aria-rowindex={1} className="tie-row">
          <span role="columnheader" className="tie-who">Who met whom</span>
          <span role="columnheader" className="tie-count">Events</span>
          <span role="columnheader" className="tie-when">When</span>
          <span role="columnheader" className="tie-actions visually-hidden">Actions</span>
        </div>
      </div>
      <div ref={setScroller} className="tie-scroll">
        <div role="rowgroup" className="tie-body" style={spacers}>
          {items.map((item) => {
            const row = rows[item.index]!;
            const a = label(row.a);
            const b = label(row.b);
            return (
              <div
                key={row.edge}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="tie-row"
              >
                <span role="cell" className="tie-who">
                  {a} — {b}
                </span>
                <span role="cell" className="tie-count">
                  {row.count}
                </span>
                <span role="cell" className="tie-when">
                  {span(row)}
                </span>
                <span role="cell" className="tie-actions">
                  {row.a < graph.officialCount && (
                    <button type="button" onClick={() => filterBy(row.a)}>
                      Filter by {a}
                    </button>
                  )}
                  {row.b < graph.officialCount && (
                    <button type="button" onClick={() => filterBy(row.b)}>
                      Filter by {b}
                    </button>
                  )}
                  <button type="button" onClick={() => onShowEvents(row.edge)} aria-label={`Show the events of ${a} and ${b}`}>
                    Events
                  </button>
                </span>
              </div>
            );
          })}
        </div>
      </div>
      {rows.length === 0 && <p className="tie-empty">No ties in the current window and filter.</p>}
    </div>
  );
}
