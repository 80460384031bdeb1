// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStagedReveal } from './use-staged-reveal';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => vi.useRealTimers());

describe('useStagedReveal', () => {
  it('shows nothing in the first commit, then one more part per render, each after the last commit', async () => {
    const renders: number[] = [];
    const Probe = () => {
      renders.push(useStagedReveal(3, []));
      return null;
    };
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(createElement(Probe)));
    // Every step is its own render, in order, with none skipped.
    expect(renders).toEqual([0, 1, 2, 3]);
    await act(async () => root.render(createElement(Probe)));
    expect(renders.at(-1)).toBe(3);
    act(() => root.unmount());
  });

  it('runs each preload once, each in a task of its own after the first commit', async () => {
    vi.useFakeTimers();
    const order: string[] = [];
    const preloads = [() => order.push('article'), () => order.push('network')];
    const Probe = () => {
      useStagedReveal(2, preloads);
      return null;
    };
    const root = createRoot(document.createElement('div'));
    act(() => root.render(createElement(Probe)));
    expect(order).toEqual([]);
    // One timer (a task) per preload.
    expect(vi.getTimerCount()).toBe(2);
    vi.runOnlyPendingTimers();
    expect(order).toEqual(['article', 'network']);
    act(() => root.render(createElement(Probe)));
    vi.runAllTimers();
    expect(order).toEqual(['article', 'network']);
    act(() => root.unmount());
  });
});
