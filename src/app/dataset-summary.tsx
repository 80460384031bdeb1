// What the loaded dataset holds, in one line of the page's static header (index.html). The title and
// the description there paint with the HTML, before any script; this line needs the data, so the app
// renders it into its slot there through a portal.
import { createPortal } from 'react-dom';
import type { Dataset } from '../data/schema';
import { describeDataset } from './dataset-description';

const SLOT_ID = 'dataset-summary';

export function DatasetSummary({ dataset }: { dataset: Dataset }) {
  const slot = document.getElementById(SLOT_ID);
  return slot ? createPortal(describeDataset(dataset), slot) : null;
}
