// A thin worker around the pure layout, so that 2,000 nodes never freeze the page.
import { placeNetwork } from './anchored-layout';
import type { LayoutInput } from './force-layout';

export interface LayoutRequest {
  id: number;
  input: LayoutInput;
}
export interface LayoutResponse {
  id: number;
  positions: Float64Array;
}

self.onmessage = (message: MessageEvent<LayoutRequest>) => {
  const { id, input } = message.data;
  const positions = placeNetwork(input);
  const response: LayoutResponse = { id, positions };
  (self as unknown as Worker).postMessage(response, [positions.buffer]);
};
