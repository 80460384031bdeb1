// Remembers the last visible subgraph and its sorted tie rows, so the network recomputes them only
// when the events in play change. Re-renders for hover, selection or a window that moved without
// taking in or dropping an event reuse the same objects (and so skip every memo and redraw downstream).
//
// Why a window can be compared cheaply: with `hi` = the first event starting after the window, the
// events in play are those below `hi` whose end reaches `from`. For a fixed `hi` those sets are nested
// (a later `from` only drops events), so equal counts mean equal sets: the key is (hi, count).
import type { NetworkGraph } from './network-graph';
import { tieRows, type TieRow } from './tie-rows';
import { bisectLeft } from 'd3-array';
import { visibleSubgraph, windowRange, type Subgraph, type SubgraphQuery } from './visible-subgraph';

export interface NetworkSlice {
  sub: Subgraph;
  rows: TieRow[];
}

export interface SubgraphCacheStats {
  /** Subgraphs computed (each also sorts its tie rows once). */
  computed: number;
  /** Events examined to decide whether the last subgraph still holds. */
  keyWork: number;
}

export interface SubgraphCache {
  get(query: SubgraphQuery): NetworkSlice;
  readonly stats: SubgraphCacheStats;
}

interface Key {
  hi: number;
  inPlay: number;
  positions: Int32Array | null;
  includeOrganizations: boolean;
}

export function createSubgraphCache(graph: NetworkGraph, starts: Float64Array, ends: Float64Array, nameRanks: Int32Array): SubgraphCache {
  const stats: SubgraphCacheStats = { computed: 0, keyWork: 0 };
  let lastKey: Key | null = null;
  let last: NetworkSlice | null = null;

  const keyOf = (query: SubgraphQuery): Key => {
    const [lo, hi] = windowRange(starts, graph.maxSpanMs, query.from, query.to);
    let inPlay = 0;
    // Under a filter only the filter's own events are looked at, never the window's whole range.
    if (query.positions === null) {
      for (let p = lo; p < hi; p++) if (ends[p]! >= query.from) inPlay++;
      stats.keyWork += hi - lo;
    } else {
      const positions = query.positions;
      const end = bisectLeft(positions, hi);
      const begin = bisectLeft(positions, lo);
      for (let i = begin; i < end; i++) if (ends[positions[i]!]! >= query.from) inPlay++;
      stats.keyWork += end - begin;
    }
    return { hi, inPlay, positions: query.positions, includeOrganizations: query.includeOrganizations };
  };

  return {
    stats,
    get(query) {
      const key = keyOf(query);
      if (
        last !== null &&
        lastKey !== null &&
        key.hi === lastKey.hi &&
        key.inPlay === lastKey.inPlay &&
        key.positions === lastKey.positions &&
        key.includeOrganizations === lastKey.includeOrganizations
      ) {
        return last;
      }
      stats.computed++;
      const sub = visibleSubgraph(graph, starts, ends, query);
      // Sorting the ties belongs to the subgraph: it happens here, once, and never on a highlight change.
      last = { sub, rows: tieRows(graph, sub, nameRanks) };
      lastKey = key;
      return last;
    },
  };
}
