// What the reader sees instead of the explorer while the dataset loads or when it fails: never a
// blank page. The failure message comes from DataLoadError, which says what went wrong in words.
import { DataLoadError } from '../data/fetch-checked';

interface Props {
  error: unknown;
  isFetching: boolean;
  onRetry: () => void;
}

export function datasetErrorMessage(error: unknown): string {
  if (error instanceof DataLoadError) return error.message;
  const detail = error instanceof Error && error.message ? ` (${error.message.slice(0, 300)})` : '';
  return `The dataset could not be loaded${detail}.`;
}

export function DatasetLoading() {
  return (
    <div className="dataset-status" role="status">
      <span className="spinner" aria-hidden="true" />
      Loading dataset…
    </div>
  );
}

export function DatasetError({ error, isFetching, onRetry }: Props) {
  return (
    <div className="dataset-error" role="alert">
      <h2>The data could not be loaded</h2>
      <p>{datasetErrorMessage(error)}</p>
      <button type="button" onClick={onRetry} disabled={isFetching}>
        {isFetching ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}
