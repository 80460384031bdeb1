// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { useKeptWhile } from './use-kept-while';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('useKeptWhile', () => {
  it('returns the value from before the hold while it lasts, and the current one once it ends', () => {
    const seen: string[] = [];
    const Probe = ({ hold, value }: { hold: boolean; value: string }) => {
      seen.push(useKeptWhile(hold, value));
      return null;
    };
    const root = createRoot(document.createElement('div'));
    const show = (hold: boolean, value: string) => act(() => root.render(createElement(Probe, { hold, value })));
    show(false, 'a');
    show(false, 'b');
    show(true, 'b');
    show(true, 'c');
    show(true, 'd');
    expect(seen.at(-1)).toBe('b');
    show(false, 'd');
    expect(seen.at(-1)).toBe('d');
    show(false, 'e');
    expect(seen.at(-1)).toBe('e');
    act(() => root.unmount());
  });
});
