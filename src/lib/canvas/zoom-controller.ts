// d3-zoom on one DOM node, as both views use it: d3 owns that node's wheel, drag and pinch listeners
// and nothing else. The view's own state (the store's time window, the network's transform) stays the
// single source of truth: gestures become one write per frame through `onZoom`, and a view set
// elsewhere (a link, Back/Forward, a zoom button) moves d3-zoom's transform through `follow` without
// echoing back as a zoom event. A chunk of its own (d3-zoom brings d3-selection, d3-transition and
// d3-drag): the first marks are painted without it.
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { sameView, type ZoomConfig, type ZoomExtents, type ZoomView } from './zoom-view';

export interface ZoomController {
  /** Show `view` (set elsewhere) with these extents, without a zoom event back. */
  follow(view: ZoomView, extents: ZoomExtents): void;
  detach(): void;
}

/** `config` is read when events arrive, so its callbacks may change between renders. */
export function attachZoom(node: HTMLElement, config: () => ZoomConfig): ZoomController {
  const selection = select<HTMLElement, unknown>(node);
  let syncing = false;
  /** The last view written through onZoom: when it comes back through follow(), it is our own echo. */
  let written: ZoomView | null = null;
  let frame = 0;
  let pending: ZoomView | null = null;
  const flush = () => {
    frame = 0;
    if (!pending) return;
    written = pending;
    config().onZoom(pending);
    pending = null;
  };
  let moving = false;
  const motion = (now: boolean) => {
    if (syncing || now === moving) return;
    moving = now;
    config().onMotion?.(now);
  };
  const behavior: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    .filter((event: Event) => config().filter(event))
    .on('start', () => motion(true))
    .on('end', () => motion(false))
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      if (syncing) return;
      config().onGesture?.();
      const { k, x, y } = event.transform;
      pending = { k, x, y };
      if (!frame) frame = requestAnimationFrame(flush);
    });
  const apply = (extents: ZoomExtents) => {
    behavior.scaleExtent(extents.scale).clickDistance(extents.clickDistance ?? 0);
    if (extents.translate) behavior.translateExtent(extents.translate);
  };
  apply(config().extents);
  // Double-click and double-tap are the views' own (they select); only wheel, drag and pinch zoom.
  selection.call(behavior).on('dblclick.zoom', null);

  return {
    follow(view, extents) {
      apply(extents);
      if (written && sameView(written, view)) return;
      if (sameView(zoomTransform(node), view)) return;
      syncing = true;
      try {
        behavior.transform(selection, zoomIdentity.translate(view.x, view.y).scale(view.k));
      } finally {
        syncing = false;
      }
      written = view;
    },
    detach() {
      cancelAnimationFrame(frame);
      if (moving) config().onMotion?.(false);
      selection.on('.zoom', null);
    },
  };
}
