// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { ErrorBoundary } from './error-boundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('ErrorBoundary', () => {
  it('shows what failed, and its Reload button remounts the view', () => {
    let broken = true;
    const View = () => {
      if (broken) throw new Error('boom <b>x</b>');
      return createElement('p', null, 'view works');
    };
    const container = document.createElement('div');
    // Caught errors are expected here; keep the test output quiet.
    const root = createRoot(container, { onCaughtError: () => undefined });
    act(() => root.render(createElement(ErrorBoundary, { viewName: 'timeline', children: createElement(View) })));

    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('The timeline stopped working: boom <b>x</b>');
    expect(container.querySelector('b')).toBeNull();

    broken = false;
    const reload = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Reload timeline');
    act(() => reload?.click());
    expect(container.textContent).toBe('view works');
    act(() => root.unmount());
  });
});
