// Positions for the full graph, once per dataset. The build ships them (network-layout.json): when
// they place every node they are drawn as they are. Otherwise (a node they lack, or a dataset without
// them) the layout runs in a Web Worker so the page never freezes, and the view shows "Laying out…"
// until it answers. Even the seed's 22 nodes cost a 60–250 ms task at 300 ticks on a slow phone, so
// only a browser without workers lays out in place.
import { useEffect, useMemo, useState } from 'react';
import type { DatasetIndex } from '../../data/dataset-index';
import { anchoredPositions, placeNetwork } from './lib/anchored-layout';
import { eventStages, layoutInputFromGraph, type LayoutInput } from './lib/force-layout';
import type { LayoutRequest, LayoutResponse } from './lib/layout.worker';
import type { NetworkGraph } from './lib/network-graph';
import { useShippedLayout } from '../../data/shipped-layout';

const HAS_WORKER = typeof Worker !== 'undefined';

export interface NetworkLayout {
  positions: Float64Array | null;
  radii: number[];
  error: string | null;
}

let nextRequestId = 1;

export function useNetworkLayout(graph: NetworkGraph, index: DatasetIndex): NetworkLayout {
  const shipped = useShippedLayout();
  // Ties come in article by article (by id, the order articles are added), so a new one moves little.
  const base = useMemo(() => layoutInputFromGraph(graph, eventStages(index)), [graph, index]);
  const input = useMemo<LayoutInput | null>(() => (shipped === undefined ? null : shipped === null ? base : { ...base, anchors: shipped }), [base, shipped]);
  const ready = useMemo(() => (input ? anchoredPositions(input) : null), [input]);
  const useWorker = HAS_WORKER && input !== null && ready === null;
  const syncPositions = useMemo(() => (input && !ready && !HAS_WORKER ? placeNetwork(input) : null), [input, ready]);
  const [result, setResult] = useState<{ input: unknown; positions: Float64Array | null; error: string | null }>({
    input: null,
    positions: null,
    error: null,
  });

  useEffect(() => {
    if (!useWorker || !input) return;
    const worker = new Worker(new URL('./lib/layout.worker.ts', import.meta.url), { type: 'module' });
    const id = nextRequestId++;
    worker.onmessage = (message: MessageEvent<LayoutResponse>) => {
      if (message.data.id !== id) return;
      setResult({ input, positions: message.data.positions, error: null });
      worker.terminate(); // one layout per dataset: free the worker's memory at once
    };
    worker.onerror = () => setResult({ input, positions: null, error: 'The network layout failed.' });
    const request: LayoutRequest = { id, input };
    worker.postMessage(request);
    return () => worker.terminate();
  }, [input, useWorker]);

  if (ready) return { positions: ready, radii: base.radii, error: null };
  if (!useWorker) return { positions: syncPositions, radii: base.radii, error: null };
  const current = result.input === input;
  return { positions: current ? result.positions : null, radii: base.radii, error: current ? result.error : null };
}
