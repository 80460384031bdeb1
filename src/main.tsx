import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from './app/query-client';
import { App } from './app/app';
import { ErrorBoundary } from './app/error-boundary';
import { datasetQuery, eventDatesQuery } from './data/dataset-queries';
import { wantsPreview } from './data/dataset-gate';
import './app/theme.css';
import './app/app.css';

const queryClient = createQueryClient();
const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

function render(root: HTMLElement): void {
  createRoot(root, {
    // Errors caught by a view's error boundary are handled (the view says so and can reload):
    // report them as warnings, not as console errors, which mean "something is broken".
    onCaughtError: (error, info) => console.warn('A view failed and was contained:', error, info.componentStack),
  }).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        {/* Last line of defence: each view has its own boundary; this one keeps the page from going blank. */}
        <ErrorBoundary viewName="explorer">
          <App />
        </ErrorBoundary>
      </QueryClientProvider>
    </StrictMode>,
  );
}

// Start loading (and checking) the dataset before React's first render, and hold that render until
// the dataset is in (or has failed) for up to BOOT_WAIT_MS: a first render of the loading state
// would be replaced a moment later and only delays the first event marks. The page's own boot
// message says "Loading" meanwhile; on a slow connection the loading views take over after the wait.
// A large dataset renders as soon as its dates are in: their picture is what the dataset waits for.
const BOOT_WAIT_MS = 250;
const never = new Promise<void>(() => undefined);
const datesForPicture = queryClient
  .fetchQuery(eventDatesQuery)
  .then((dates) => (wantsPreview(dates.starts.length) ? undefined : never))
  .catch(() => never);
void Promise.race([queryClient.prefetchQuery(datasetQuery), datesForPicture, new Promise((resolve) => setTimeout(resolve, BOOT_WAIT_MS))]).then(() =>
  render(container),
);
