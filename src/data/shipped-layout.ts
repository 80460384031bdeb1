// The positions the build ships beside the dataset (network-layout.json): the corpus's committed
// layout, completed for every node. Fetched only when the network is shown or exported. A dataset
// without one (a synthetic dataset), or one that fails to load, leaves the network to lay itself out
// afresh, and the export to lay out what it exports.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataUrl, fetchChecked } from './fetch-checked';
import { fromGenerated } from './file-checks';
import type { NetworkLayoutFile } from './schema';

// Its check is the generated validator, like every fetched file's; loaded here rather than beside the
// others in file-checks.ts so that not a byte of it reaches the page's first script.
const loadNetworkLayoutCheck = () => import('virtual:network-layout-validator').then((m) => fromGenerated<NetworkLayoutFile>(m.networkLayout));

export const shippedLayoutQuery = queryOptions({
  queryKey: ['network-layout'],
  queryFn: ({ signal }) => fetchChecked(dataUrl('network-layout.json'), loadNetworkLayoutCheck(), 'network layout', { signal }),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

/** The shipped positions by node key once the request has settled (null: none), undefined before. */
export function useShippedLayout() {
  const query = useQuery(shippedLayoutQuery);
  if (query.isPending) return undefined;
  return query.data?.positions ?? null;
}
