// The shell under the page's static header (index.html): the filter bar, then the three views, each
// inside its own error boundary so one failing view never takes the others down. The network is
// lazy: it is not needed for first paint.
import { lazy } from 'react';
import { useDataset, useEventDates } from '../data/dataset-queries';
import { wantsPreview } from '../data/dataset-gate';
import { useUrlSync } from '../state/url-sync';
import { useCorpusHeader } from './corpus-header';
import { TimelinePreview, TimelineView } from '../features/timeline';
import { DatasetSummary } from './dataset-summary';
import { DatasetError, DatasetLoading } from './dataset-status';
import { ErrorBoundary } from './error-boundary';
import Toolbar, { toolbarPreloads, ToolbarPlaceholder } from './toolbar';
import { Later } from './later';
import { useStagedReveal } from '../lib/use-staged-reveal';
import { useDocumentTitle } from './use-document-title';

// Only the timeline is needed for the first paint; the rest loads in parallel, in its own chunks,
// to keep the initial JavaScript within budget.
const loadNetwork = () => import('../features/network');
const loadArticlePanel = () => import('../features/article');
const NetworkView = lazy(loadNetwork);
const ArticlePanel = lazy(() => loadArticlePanel().then((m) => ({ default: m.ArticlePanel })));

const laterPartPreloads = [() => void loadArticlePanel(), () => void loadNetwork(), ...toolbarPreloads];

function ViewLoading({ what }: { what: string }) {
  return (
    <div className="view-loading" role="status">
      Loading {what}…
    </div>
  );
}


export function App() {
  const query = useDataset();
  const dates = useEventDates();
  const previewWanted = dates.data !== undefined && wantsPreview(dates.data.starts.length);
  useUrlSync(query.data);
  useDocumentTitle(query.data);
  // The dates index carries the corpus's description too: the static header is corrected from it first.
  useCorpusHeader(query.data?.dataset.corpus ?? dates.data?.corpus);
  // After the first commit, one part per commit: the article panel (an event's or an official's page
  // is about it), then the network, then the bar's lazy controls.
  const shown = useStagedReveal(3, laterPartPreloads);

  return (
    <>
      {query.data && <DatasetSummary dataset={query.data.dataset} />}
      {query.isPending && !previewWanted && <DatasetLoading />}
      {query.isPending && previewWanted && (
        // A large dataset's first picture, from its dates alone, where the views will be; it says it is loading.
        <>
          <ToolbarPlaceholder />
          <main className="views">
            <div className="view view-timeline">
              <TimelinePreview fallback={<DatasetLoading />} />
            </div>
          </main>
        </>
      )}
      {query.isError && <DatasetError error={query.error} isFetching={query.isFetching} onRetry={() => void query.refetch()} />}
      {query.isSuccess && (
        <>
          <ErrorBoundary viewName="filter bar">
            <Toolbar ready={shown >= 3} />
          </ErrorBoundary>
          <main className="views">
            <div className="view view-timeline">
              <ErrorBoundary viewName="timeline">
                <TimelineView />
              </ErrorBoundary>
            </div>
            <div className="view view-network">
              <ErrorBoundary viewName="network">
                <Later ready={shown >= 2} slot={<ViewLoading what="the network" />}>
                  <NetworkView />
                </Later>
              </ErrorBoundary>
            </div>
            <div className="view view-article">
              <ErrorBoundary viewName="article panel">
                <Later ready={shown >= 1} slot={<ViewLoading what="the article panel" />}>
                  <ArticlePanel />
                </Later>
              </ErrorBoundary>
            </div>
          </main>
        </>
      )}
    </>
  );
}
