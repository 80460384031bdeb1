// The ties table's virtualizer learns every size from ResizeObservers, which report after the
// browser's own layout. Its defaults read sizes (offsetHeight, getBoundingClientRect) when rows and
// the scroller are attached, which forces the style and layout of everything the commit inserted
// inside that commit's task.
import { elementScroll, type Rect, type Virtualizer, type VirtualizerOptions } from '@tanstack/react-virtual';

/** A row's height: its observer's report, or, when it is just attached, what is already known of it. */
export function rowHeight(estimate: number) {
  return (row: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLDivElement, Element>): number => {
    if (entry) return Math.round(entry.borderBoxSize[0]?.blockSize ?? row.getBoundingClientRect().height);
    return instance.itemSizeCache.get(instance.options.getItemKey(instance.indexFromElement(row))) ?? estimate;
  };
}

/** The scroller's size as its observer reports it; the first is the virtualizer's `initialRect`. */
export function observeScrollerRect(instance: Virtualizer<HTMLDivElement, Element>, report: (rect: Rect) => void) {
  const scroller = instance.scrollElement;
  if (!scroller) return;
  const observer = new ResizeObserver(() => report({ width: scroller.clientWidth, height: scroller.clientHeight }));
  observer.observe(scroller);
  return () => observer.disconnect();
}

/**
 * The virtualizer writes its offset to the scroller when it attaches to it; the scroller is new and at
 * the top, and that write (scrollTo clamps against the layout) would force one. Later writes (keeping
 * the rows in view steady when heights above them change) go through.
 */
export function scrollWrites(): VirtualizerOptions<HTMLDivElement, Element>['scrollToFn'] {
  let attached = false;
  return (offset, options, instance) => {
    const first = !attached;
    attached = true;
    if (first && offset === 0 && !options.adjustments) return;
    elementScroll(offset, options, instance);
  };
}
