// The "Cite" button in the article panel. The dialog and its formatters are a chunk of their own,
// loaded on the first click.
import { lazy, Suspense, useState } from 'react';

const CiteDialog = lazy(() => import('./cite-dialog'));

export function CiteButton({ eventId }: { eventId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="cite-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Cite
      </button>
      {open && (
        <Suspense fallback={null}>
          <CiteDialog eventId={eventId} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
