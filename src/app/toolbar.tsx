// The bar under the header: filter, "Copy link" and the notice for a link to a missing event.
// Loaded lazily as one chunk: none of it is needed to paint the first event mark.
import { FilterBar } from '../features/filters';
import { CopyLinkButton } from './copy-link-button';
import { MissingEventNotice } from './missing-event-notice';

export default function Toolbar() {
  return (
    <section className="toolbar" aria-label="Filter and share">
      <FilterBar />
      <CopyLinkButton />
      <MissingEventNotice />
    </section>
  );
}
