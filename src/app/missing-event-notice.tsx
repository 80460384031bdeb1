// A link named an event the dataset does not hold: say so, plainly and dismissibly. The id comes
// from the URL and may be hostile; it is printed as text and shortened.
import { selectMissingEventId, useUiStore } from '../state/ui-store';

const MAX_SHOWN = 80;

export function shortenId(id: string): string {
  return id.length > MAX_SHOWN ? `${id.slice(0, MAX_SHOWN)}…` : id;
}

export function MissingEventNotice() {
  const missingEventId = useUiStore(selectMissingEventId);
  if (missingEventId === null) return null;
  return (
    <div className="notice" role="status">
      <p>
        Event "{shortenId(missingEventId)}" was not found in this dataset. The rest of the link was applied.
      </p>
      <button type="button" onClick={() => useUiStore.getState().dismissMissingEvent()}>
        Dismiss
      </button>
    </div>
  );
}
