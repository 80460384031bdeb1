// Positions for the full graph: computed once per dataset, in a Web Worker so the page never
// freezes, and the view shows "Laying out…" until it answers. Even the seed's 22 nodes cost a
// 60–250 ms task at 300 ticks on a slow phone, so only a browser without workers lays out in place.
import { useEffect, useMemo, useState } from 'react';
import type { DatasetIndex } from '../../data/dataset-index';
import { computeLayout, eventStages, layoutInputFromGraph } from './lib/force-layout';
import type { LayoutRequest, LayoutResponse } from './lib/layout.worker';
import type { NetworkGraph } from './lib/network-graph';

const HAS_WORKER = typeof Worker !== 'undefined';

export interface NetworkLayout {
  positions: Float64Array | null;
  radii: number[];
  error: string | null;
}

let nextRequestId = 1;

export function useNetworkLayout(graph: NetworkGraph, index: DatasetIndex): NetworkLayout {
  // Ties come in article by article (by id, the order articles are added), so a new one moves little.
  const input = useMemo(() => layoutInputFromGraph(graph, eventStages(index)), [graph, index]);
  const useWorker = HAS_WORKER;
  const syncPositions = useMemo(() => (useWorker ? null : computeLayout(input)), [input, useWorker]);
  const [result, setResult] = useState<{ input: unknown; positions: Float64Array | null; error: string | null }>({
    input: null,
    positions: null,
    error: null,
  });

  useEffect(() => {
    if (!useWorker) return;
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

  if (!useWorker) return { positions: syncPositions, radii: input.radii, error: null };
  const current = result.input === input;
  return { positions: current ? result.positions : null, radii: input.radii, error: current ? result.error : null };
}
