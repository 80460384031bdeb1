// The app's one QueryClient. Data files are static build output: no refetch on focus or reconnect,
// and failures surface at once (the views offer Retry) instead of being retried silently.
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { refetchOnWindowFocus: false, refetchOnReconnect: false, retry: false },
    },
  });
}
