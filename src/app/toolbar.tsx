// The bar under the header: filter, "Copy link" and the notice for a link to a missing event.
// Part of the first commit (2.5 KB gzip): loaded lazily, it pushed the views down when it arrived
// (a layout shift of 0.07 on phones, where it wraps to three rows).
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
