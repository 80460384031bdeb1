// "Export": a menu button (WAI-ARIA menu pattern: arrows, Home/End, Escape) whose items save what
// is on screen (filter, facets, search and time window) as events or as the network, in the format they name.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useDataset } from '../../data/dataset-queries';
import { shippedLayoutQuery } from '../../data/shipped-layout';
import { selectEventFilter } from '../../state/event-filter-state';
import { useUiStore } from '../../state/ui-store';
import { exportItems, type ExportKind } from './export-kinds';
import './export.css';

export default function ExportMenu() {
  const { data: index } = useDataset();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const wrapRef = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    itemRefs.current[0]?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const choose = async (kind: ExportKind) => {
    close();
    if (!index) return;
    // What the timeline shows: the same filter object (search matches included) and window.
    const state = useUiStore.getState();
    const view = { filter: selectEventFilter(state), query: state.query, window: state.window };
    try {
      const { runExport } = await import('./run-export');
      // The network's files place each official where the app draws them; without the shipped
      // positions (a dataset that has none, or a failed fetch) they are laid out for the file.
      const shipped = () => queryClient.fetchQuery(shippedLayoutQuery).then((f) => f.positions, () => null);
      setStatus(`Saved ${await runExport(kind, index, view, shipped)}`);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : 'The export failed.');
    }
  };

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = itemRefs.current.filter((el): el is HTMLButtonElement => el !== null);
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[e.key];
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Tab') setOpen(false);
    else if (to !== undefined) {
      e.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    }
  };

  return (
    <div className="export-menu" ref={wrapRef}>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        disabled={!index}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        Export
      </button>
      {open && (
        <div role="menu" id={`${id}-menu`} aria-label="Export" className="export-items" onKeyDown={onMenuKey}>
          {exportItems.map((item, i) => (
            <button
              key={item.kind}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => void choose(item.kind)}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
      <span role="status" className="visually-hidden">
        {status}
      </span>
    </div>
  );
}
