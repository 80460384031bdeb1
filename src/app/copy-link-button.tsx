// "Copy link": the selected event's own page (whose head previews it in a chat), with the rest of
// what the URL holds (filter, window) as parameters. When the clipboard API is refused (permissions, insecure
// context), the link is shown selected in a read-only field so the reader can copy it by hand.
import { useEffect, useRef, useState } from 'react';
import { appRootUrl, permalinkUrl } from '../state/url-state';
import { useUiStore } from '../state/ui-store';

const CONFIRM_MS = 4000;

type Outcome = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

function copyBySelection(input: HTMLInputElement): boolean {
  input.focus();
  input.select();
  try {
    // Deprecated but still the only synchronous fallback; failure just leaves the text selected.
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

export function CopyLinkButton() {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const fallbackRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (outcome.kind !== 'copied') return;
    const timer = setTimeout(() => setOutcome({ kind: 'idle' }), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [outcome]);

  useEffect(() => {
    if (outcome.kind !== 'manual' || !fallbackRef.current) return;
    if (copyBySelection(fallbackRef.current)) setOutcome({ kind: 'copied' });
  }, [outcome]);

  const copy = async () => {
    const url = permalinkUrl(useUiStore.getState(), appRootUrl(window.location.origin, window.location.pathname));
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'manual', url });
    }
  };

  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      {outcome.kind === 'manual' && (
        <label className="copy-link-fallback">
          <span className="visually-hidden">Link to this view</span>
          <input ref={fallbackRef} type="text" readOnly value={outcome.url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      <span role="status" className="copy-link-status">
        {outcome.kind === 'copied' ? 'Link copied' : outcome.kind === 'manual' ? 'Press Ctrl+C (⌘C) to copy the selected link' : ''}
      </span>
    </div>
  );
}
