// "Search": a search field over events, names and the articles' full text. Typing searches at once
// (in a worker, started by the first use); the query goes to the store and the URL, the views show
// only matching events, and the results open under the field. "/" focuses it from anywhere.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useDataset } from '../../data/dataset-queries';
import { normalizeQuery } from '../../state/url-state';
import { selectQuery, useUiStore } from '../../state/ui-store';
import { groupThousands } from '../../lib/format-count';
import { SearchResults } from './search-results';
import { PAGE_SIZE, useSearch, type SearchStatus } from './use-search';
import './search.css';

function countText(n: number): string {
  return n === 1 ? '1 event matches' : `${groupThousands(n)} events match`;
}

/** What the live region says: the count, the miss, the wait or the failure. */
function statusText(status: SearchStatus, query: string): string {
  if (status.state === 'idle') return '';
  if (status.state === 'error') return status.message;
  if (status.state === 'searching' && (status.answer === null || status.answer.query !== query)) return 'Searching…';
  const answer = status.answer!;
  const none = answer.eventIds.length === 0 && answer.officialIds.length === 0;
  if (status.state === 'partial') {
    if (!none) return `${countText(answer.eventIds.length)} so far`;
    return status.articlesProblem === null ? 'Searching the articles’ text…' : `No match in titles, names or places for “${query}”.`;
  }
  return none ? '' : countText(answer.eventIds.length);
}

/** Said beside the results while they cover only part of the articles' text, so that nothing looks final too early. */
function IndexingNote({ status }: { status: SearchStatus }) {
  if (status.state !== 'partial') return null;
  const { articlesSearched, articlesTotal } = status.answer;
  return (
    <p className="search-indexing" data-articles-searched={articlesSearched}>
      {status.articlesProblem === null
        ? `Still indexing the articles’ text (${Math.floor((100 * articlesSearched) / Math.max(1, articlesTotal))}% done): matches in it will be added.`
        : `${status.articlesProblem} Results come from titles, names and places only; typing again retries.`}
    </p>
  );
}

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export default function SearchBox() {
  const { data: index } = useDataset();
  const query = useUiStore(selectQuery);
  const [text, setText] = useState(query);
  const [open, setOpen] = useState(false);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const status = useSearch(limit);
  const inputRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const inputId = useId();
  const panelId = useId();

  // Back/Forward or a link changed the query: show it in the field (adjusted while rendering, as
  // React recommends for state that follows a prop).
  const [seenQuery, setSeenQuery] = useState(query);
  if (seenQuery !== query) {
    setSeenQuery(query);
    if (normalizeQuery(text) !== query) setText(query);
    setLimit(PAGE_SIZE);
  }

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
      setOpen(true);
    };
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, []);

  const store = useUiStore.getState;
  const change = (value: string) => {
    setText(value);
    setOpen(true);
    store().setQuery(normalizeQuery(value));
  };
  const clear = () => {
    change('');
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      // Stop here so Escape does not also clear the selected event elsewhere.
      event.stopPropagation();
      if (open && query !== '') setOpen(false);
      else if (text !== '') clear();
    } else if (event.key === 'ArrowDown' || event.key === 'Enter') {
      const first = rootRef.current?.querySelector<HTMLButtonElement>('.search-panel button');
      if (first && open) {
        event.preventDefault();
        first.focus();
      } else setOpen(true);
    }
  };

  const onPanelKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(rootRef.current?.querySelectorAll<HTMLButtonElement>('.search-panel button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) inputRef.current?.focus();
      else buttons[Math.min(next, buttons.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      setOpen(false);
      inputRef.current?.focus();
    }
  };

  const answer = status.state === 'ready' || status.state === 'searching' || status.state === 'partial' ? status.answer : null;
  const empty = answer !== null && answer.eventIds.length === 0 && answer.officialIds.length === 0;
  const noMatch = status.state === 'ready' && empty;
  const showPanel = open && index !== undefined && answer !== null && answer.query === query && !empty && query !== '';

  return (
    <div className="search" ref={rootRef} role="search">
      <label htmlFor={inputId}>Search</label>
      <div className="search-field">
        <input
          ref={inputRef}
          id={inputId}
          type="search"
          className="text-input"
          value={text}
          placeholder="Events, names, places, article text…  ( / )"
          autoComplete="off"
          spellCheck={false}
          aria-controls={panelId}
          aria-keyshortcuts="/"
          onChange={(e) => change(e.target.value)}
          onFocus={() => setOpen(true)}
          onKeyDown={onKeyDown}
        />
      </div>
      {/* data-state and data-query tell tests and the benchmark which query the shown results answer. */}
      <p
        className="search-status"
        role="status"
        aria-live="polite"
        data-state={status.state}
        data-query={status.state === 'ready' || status.state === 'partial' ? status.answer.query : undefined}
      >
        {statusText(status, query)}
        {noMatch && (
          <>
            No match for “<span className="search-query">{query}</span>”.{' '}
          </>
        )}
        {noMatch && (
          <button type="button" className="search-clear link-button" onClick={clear}>
            Clear the search
          </button>
        )}
      </p>
      <IndexingNote status={status} />
      <div id={panelId} className="search-panel" hidden={!showPanel} onKeyDown={onPanelKeyDown}>
        {showPanel && answer && (
          <SearchResults
            index={index}
            answer={answer}
            onOpenEvent={(id) => {
              store().openProfile(null);
              store().selectEvent(id);
              setOpen(false);
            }}
            onOpenProfile={(id) => {
              store().openProfile(id);
              setOpen(false);
            }}
            onShowMore={() => setLimit((n) => n + PAGE_SIZE)}
          />
        )}
      </div>
    </div>
  );
}
