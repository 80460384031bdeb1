// Title and a one-line description computed from the dataset.
import type { Dataset } from '../data/schema';
import { describeDataset } from './dataset-description';

export function AppHeader({ dataset }: { dataset: Dataset | undefined }) {
  return (
    <header className="app-header">
      <h1>Vietnam–Russia defence ties, 2018–2024</h1>{' '}
      <p className="app-description">
        {dataset ? `${describeDataset(dataset)} Pick an event to read the reporting behind it, or an official to follow their meetings.` : 'Talks, visits and signings between the two militaries, from the news reports.'}
      </p>
    </header>
  );
}
