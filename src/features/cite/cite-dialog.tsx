// "Cite this event": one tab per format (APA, Chicago, MLA, BibTeX, RIS, CSL-JSON), each with Copy
// and Download. A modal <dialog>: the browser traps focus, Escape closes it, and focus returns to
// the "Cite" button.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { copyText, saveFile } from '../../lib/save-file';
import { citationFormats, formatCitation, type CitationFormat } from './lib/citation-styles';
import { useCitation } from './use-citation';
import './cite.css';

interface Props {
  eventId: string;
  onClose: () => void;
}

export default function CiteDialog({ eventId, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const [format, setFormat] = useState<CitationFormat>('APA');
  const [status, setStatus] = useState('');
  const citation = useCitation(eventId);
  const id = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const file = citation ? formatCitation(format, citation) : null;

  const choose = (next: CitationFormat, focus = false) => {
    setFormat(next);
    setStatus('');
    if (focus) tabRefs.current[citationFormats.indexOf(next)]?.focus();
  };

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const at = citationFormats.indexOf(format);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: citationFormats.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    choose(citationFormats[(to + citationFormats.length) % citationFormats.length]!, true);
  };

  const copy = async () => {
    if (!file) return;
    if (await copyText(file.text)) setStatus(`${format} citation copied`);
    else {
      textRef.current?.focus();
      textRef.current?.select();
      setStatus('Press Ctrl+C (⌘C) to copy the selected citation');
    }
  };

  return (
    <dialog ref={dialogRef} className="modal-dialog cite-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <div className="modal-head cite-head">
        <h2 id={`${id}-title`}>Cite this event</h2>
        <button type="button" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
      <div role="tablist" aria-label="Citation format" className="cite-tabs">
        {citationFormats.map((f, i) => (
          <button
            key={f}
            ref={(el) => {
              tabRefs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${i}`}
            aria-selected={f === format}
            aria-controls={`${id}-panel`}
            tabIndex={f === format ? 0 : -1}
            onClick={() => choose(f)}
            onKeyDown={onTabKey}
          >
            {f}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${citationFormats.indexOf(format)}`} className="cite-panel">
        {file ? (
          <>
            <label className="visually-hidden" htmlFor={`${id}-text`}>
              {format} citation
            </label>
            <textarea id={`${id}-text`} ref={textRef} readOnly value={file.text} rows={format === 'APA' || format === 'Chicago' || format === 'MLA' ? 7 : 12} />
            <div className="cite-actions">
              <button type="button" onClick={() => void copy()}>
                Copy
              </button>
              <button type="button" onClick={() => saveFile(file.fileName, file.text, file.mimeType)}>
                Download
              </button>
              <span role="status" className="cite-status">
                {status}
              </span>
            </div>
          </>
        ) : (
          <p role="status">Loading the source articles…</p>
        )}
      </div>
    </dialog>
  );
}
