// The network's positions as corpus state. The corpus keeps them in network-layout.json (written by
// `npm run corpus:layout`, committed with the articles); each layout starts from the last one, so an
// added article moves the picture little. The build ships them beside the dataset, completed for any
// node the committed file lacks. The layout itself is the app's (the network feature's pure code), so
// the picture the build ships is the one the browser would compute.
import { buildDatasetIndex } from '../data/dataset-index';
import type { Dataset, NetworkLayoutFile } from '../data/schema';
import { placeNetwork } from '../features/network/lib/anchored-layout';
import { eventStages, layoutInputFromGraph } from '../features/network/lib/force-layout';
import { buildNetworkGraph } from '../features/network/lib/network-graph';

type Positions = NetworkLayoutFile['positions'];

export interface NetworkLayoutResult {
  positions: Positions;
  /** Nodes of the graph the previous positions placed, and those they did not. */
  kept: number;
  added: number;
  /** Keys of the previous positions no longer in the graph (their nodes left the corpus). */
  dropped: number;
}

/** One decimal of a layout unit (a node is 4–28 units across): small files, no visible difference. */
const round = (value: number) => Math.round(value * 10) / 10 || 0;

/** Positions for every node of the dataset's network, starting from `previous` when given. */
export function layoutNetwork(dataset: Dataset, previous: Positions = {}): NetworkLayoutResult {
  const index = buildDatasetIndex(dataset);
  const input = layoutInputFromGraph(buildNetworkGraph(index), eventStages(index));
  const anchors: Positions = {};
  for (const id of input.ids) if (Object.hasOwn(previous, id)) anchors[id] = previous[id]!;
  const xy = placeNetwork({ ...input, anchors });
  const positions: Positions = {};
  input.ids.forEach((id, i) => (positions[id] = [round(xy[i * 2]!), round(xy[i * 2 + 1]!)]));
  const kept = Object.keys(anchors).length;
  const inGraph = new Set(input.ids);
  return { positions, kept, added: input.ids.length - kept, dropped: Object.keys(previous).filter((id) => !inGraph.has(id)).length };
}

/** The file's text: keys sorted, one node a line, so that a new article's diff shows its new nodes. */
export function networkLayoutText(positions: Positions): string {
  const keys = Object.keys(positions).sort();
  const lines = keys.map((key) => `    ${JSON.stringify(key)}: [${positions[key]![0]}, ${positions[key]![1]}]`);
  return `{\n  "schemaVersion": 1,\n  "positions": {${lines.length > 0 ? `\n${lines.join(',\n')}\n  ` : ''}}\n}\n`;
}
