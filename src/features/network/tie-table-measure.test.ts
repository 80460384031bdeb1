// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { Virtualizer } from '@tanstack/react-virtual';
import { rowHeight, scrollWrites } from './tie-table-measure';

type TableVirtualizer = Virtualizer<HTMLDivElement, Element>;

function fakeVirtualizer(cached: Map<number, number>, scrollElement: HTMLDivElement | null = null) {
  return {
    itemSizeCache: cached,
    indexFromElement: (el: Element) => Number(el.getAttribute('data-index')),
    options: { getItemKey: (index: number) => index, horizontal: false },
    scrollElement,
  } as unknown as TableVirtualizer;
}

function row(index: number) {
  const el = document.createElement('div');
  el.setAttribute('data-index', String(index));
  const read = vi.spyOn(el, 'getBoundingClientRect');
  return { el, read };
}

describe('rowHeight', () => {
  const height = rowHeight(44);

  it("takes the observer's border-box height", () => {
    const { el } = row(0);
    const entry = { borderBoxSize: [{ blockSize: 61.6, inlineSize: 300 }] } as unknown as ResizeObserverEntry;
    expect(height(el, entry, fakeVirtualizer(new Map()))).toBe(62);
  });

  it('answers a row just attached from what is known, without reading its layout', () => {
    const fresh = row(3);
    const known = row(2);
    const virtualizer = fakeVirtualizer(new Map([[2, 70]]));
    expect(height(fresh.el, undefined, virtualizer)).toBe(44);
    expect(height(known.el, undefined, virtualizer)).toBe(70);
    expect(fresh.read).not.toHaveBeenCalled();
    expect(known.read).not.toHaveBeenCalled();
  });
});

describe('scrollWrites', () => {
  it('skips the write to the top that comes with attaching, and makes every later one', () => {
    const scroller = document.createElement('div');
    const scrollTo = vi.fn();
    scroller.scrollTo = scrollTo as typeof scroller.scrollTo;
    const virtualizer = fakeVirtualizer(new Map(), scroller);
    const write = scrollWrites();
    write(0, { adjustments: undefined, behavior: undefined }, virtualizer);
    expect(scrollTo).not.toHaveBeenCalled();
    write(0, { adjustments: undefined, behavior: undefined }, virtualizer);
    write(120, { adjustments: 8, behavior: undefined }, virtualizer);
    expect(scrollTo.mock.calls.map(([options]) => (options as ScrollToOptions).top)).toEqual([0, 128]);
  });

  it('makes the first write when it is not to the top', () => {
    const scroller = document.createElement('div');
    const scrollTo = vi.fn();
    scroller.scrollTo = scrollTo as typeof scroller.scrollTo;
    scrollWrites()(240, { adjustments: undefined, behavior: undefined }, fakeVirtualizer(new Map(), scroller));
    expect(scrollTo).toHaveBeenCalledOnce();
  });
});
