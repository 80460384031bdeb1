// @vitest-environment jsdom
// The hook needs a window with history and a React root; the rules it applies are tested in url-state.
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUrlSync, WINDOW_REPLACE_DEBOUNCE_MS } from './url-sync';
import { useUiStore } from './ui-store';
import { initialUiState } from './ui-slices';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const lookups = {
  eventById: new Map([
    ['e1', {}],
    ['e2', {}],
  ]),
  officialById: new Map([['o1', {}]]),
  dataset: { corpus: { span: { from: '2018-01-01', to: '2024-12-31' } } },
};

function Harness() {
  useUrlSync(lookups);
  return null;
}

let root: Root;
let container: HTMLElement;

function mount() {
  act(() => root.render(createElement(Harness)));
}

beforeEach(() => {
  vi.useFakeTimers();
  useUiStore.setState(initialUiState);
  window.history.replaceState(null, '', '/');
  container = document.createElement('div');
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  vi.useRealTimers();
});

describe('useUrlSync', () => {
  it('applies the link when the data is there, reporting an unknown event', () => {
    window.history.replaceState(null, '', '/?event=nope&officials=o1,ghost');
    mount();
    const s = useUiStore.getState();
    expect(s.missingEventId).toBe('nope');
    expect(s.officialIds).toEqual(['o1']);
    // Reading the link does not rewrite it.
    expect(window.location.search).toBe('?event=nope&officials=o1,ghost');
  });

  it('pushes a history entry for a selection and a filter change', () => {
    mount();
    const before = window.history.length;
    act(() => useUiStore.getState().selectEvent('e1'));
    expect(window.location.search).toBe('?event=e1');
    act(() => useUiStore.getState().addOfficial('o1'));
    expect(window.location.search).toBe('?event=e1&officials=o1');
    expect(window.history.length).toBe(before + 2);
  });

  it('replaces the entry for a window change, once the window rests', () => {
    mount();
    const before = window.history.length;
    act(() => useUiStore.getState().setWindow({ from: Date.UTC(2019, 0, 1), to: Date.UTC(2019, 5, 1) }));
    act(() => useUiStore.getState().setWindow({ from: Date.UTC(2019, 0, 1), to: Date.UTC(2019, 11, 31) }));
    expect(window.location.search).toBe('');
    act(() => vi.advanceTimersByTime(WINDOW_REPLACE_DEBOUNCE_MS));
    expect(window.location.search).toBe('?from=2019-01-01&to=2019-12-31');
    expect(window.history.length).toBe(before);
  });

  it('re-applies the state of an entry on popstate without pushing', () => {
    mount();
    act(() => useUiStore.getState().selectEvent('e2'));
    const before = window.history.length;
    window.history.replaceState(null, '', '/?event=e1');
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    expect(useUiStore.getState().selectedEventId).toBe('e1');
    expect(window.history.length).toBe(before);
    expect(window.location.search).toBe('?event=e1');
  });

  it("starts on an event's page with that event, and moves to the app's own page on a change", () => {
    window.history.replaceState(null, '', '/x/events/e1/');
    mount();
    expect(useUiStore.getState().selectedEventId).toBe('e1');
    expect(window.location.pathname).toBe('/x/events/e1/');
    act(() => useUiStore.getState().selectEvent(null));
    expect(`${window.location.pathname}${window.location.search}`).toBe('/x/');
  });

  it('stops listening when unmounted', () => {
    mount();
    act(() => root.unmount());
    root = createRoot(container);
    useUiStore.getState().selectEvent('e2');
    expect(window.location.search).toBe('');
  });
});
