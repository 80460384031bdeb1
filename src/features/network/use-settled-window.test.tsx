// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { frameOfSpan, type TimeWindow } from '../../state/time-window';

const DEFAULT_WINDOW = frameOfSpan({ from: '2018-01-01', to: '2024-12-31' }).home;
import { useUiStore } from '../../state/ui-store';
import { FILTER_SETTLE_MS, SETTLE_MS, useSettledOfficialIds, useSettledWindow } from './use-settled-window';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const DAY = 86_400_000;

describe('useSettledWindow', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useUiStore.setState({ window: DEFAULT_WINDOW });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const mount = () => {
    const seen: TimeWindow[] = [];
    const Probe = () => {
      seen.push(useSettledWindow());
      return null;
    };
    const root = createRoot(document.createElement('div'));
    act(() => root.render(createElement(Probe)));
    return { seen, root };
  };

  it('starts on the store’s window', () => {
    const { seen, root } = mount();
    expect(seen.at(-1)).toBe(DEFAULT_WINDOW);
    act(() => root.unmount());
  });

  it('keeps its value (no re-render, no recompute) when a gesture ends on a window showing the same days', () => {
    const start = { from: DEFAULT_WINDOW.from + 0.5 * DAY, to: DEFAULT_WINDOW.to - 0.5 * DAY };
    useUiStore.setState({ window: start });
    const { seen, root } = mount();
    const rendersBefore = seen.length;
    // Zooming in and back out ends within the same days as it started.
    for (const nudge of [0.3 * DAY, -0.2 * DAY, 0.1 * DAY]) {
      act(() => useUiStore.setState({ window: { from: start.from + nudge, to: start.to - nudge } }));
    }
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(seen.at(-1)).toBe(start);
    expect(seen.length).toBe(rendersBefore);
    act(() => root.unmount());
  });

  it('follows a burst of zoom frames once, after it settles, without rendering per frame', () => {
    const { seen, root } = mount();
    const rendersBefore = seen.length;
    let last = DEFAULT_WINDOW;
    for (let frame = 1; frame <= 30; frame++) {
      last = { from: DEFAULT_WINDOW.from + frame * DAY, to: DEFAULT_WINDOW.to - frame * DAY };
      act(() => {
        vi.advanceTimersByTime(16);
        useUiStore.setState({ window: last });
      });
    }
    // Mid-burst: nothing handed over, not a single re-render.
    expect(seen.length).toBe(rendersBefore);
    act(() => vi.advanceTimersByTime(SETTLE_MS - 1));
    expect(seen.at(-1)).toBe(DEFAULT_WINDOW);
    act(() => vi.advanceTimersByTime(1));
    expect(seen.at(-1)).toEqual(last);
    expect(seen.length).toBe(rendersBefore + 1);
    act(() => root.unmount());
  });

  it('stops listening once unmounted', () => {
    const { seen, root } = mount();
    act(() => root.unmount());
    const count = seen.length;
    act(() => {
      useUiStore.setState({ window: { from: DEFAULT_WINDOW.from + DAY, to: DEFAULT_WINDOW.to } });
      vi.advanceTimersByTime(SETTLE_MS * 2);
    });
    expect(seen.length).toBe(count);
  });
});

describe('useSettledOfficialIds', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useUiStore.setState({ officialIds: [] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands a filter change over a moment later, so the timeline commits it first', () => {
    const seen: string[][] = [];
    const Probe = () => {
      seen.push(useSettledOfficialIds());
      return null;
    };
    const root = createRoot(document.createElement('div'));
    act(() => root.render(createElement(Probe)));
    const renders = seen.length;
    act(() => useUiStore.getState().addOfficial('phan-van-giang'));
    expect(seen.length).toBe(renders); // the store change alone does not render the network
    act(() => vi.advanceTimersByTime(FILTER_SETTLE_MS - 1));
    expect(seen.at(-1)).toEqual([]);
    act(() => vi.advanceTimersByTime(1));
    expect(seen.at(-1)).toEqual(['phan-van-giang']);
    act(() => root.unmount());
  });
});
