// "Keyboard shortcuts": every key, grouped by where it works. A modal <dialog> (focus trapped,
// Escape closes, focus returns to what opened it).
import { useEffect, useId, useRef } from 'react';
import { shortcutGroups } from './shortcuts';
import './keyboard-help.css';

export default function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} className="modal-dialog shortcuts-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <div className="modal-head shortcuts-head">
        <h2 id={`${id}-title`}>Keyboard shortcuts</h2>
        <button type="button" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
      {shortcutGroups.map((group) => (
        <section key={group.where} aria-labelledby={`${id}-${group.where}`}>
          <h3 id={`${id}-${group.where}`}>{group.where}</h3>
          <dl className="shortcuts-list">
            {group.shortcuts.map((s) => (
              <div key={s.does} className="shortcut">
                <dt>
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && <span className="shortcut-or"> or </span>}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{s.does}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </dialog>
  );
}
