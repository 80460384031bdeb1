// @vitest-environment jsdom
// Counts the paints, not the milliseconds: hovering never repaints the picture, and a heavy picture is
// moved (not repainted) while the view changes, then repainted once the view rests.
import { act, createElement, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawHover, drawNetwork } from './draw-network';
import { useNetworkDrawing, type SceneContent } from './use-network-drawing';
import { SETTLE_MS } from './use-settled-window';

vi.mock('./draw-network', () => ({
  drawNetwork: vi.fn(() => []),
  drawHover: vi.fn(),
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function scene(ties: number, nodes: number): SceneContent {
  return {
    drawnEdges: new Int32Array(ties),
    sub: { visibleNodes: new Int32Array(nodes) },
  } as unknown as SceneContent;
}

const SIZE = { width: 600, height: 300 };

function Probe({ content, k, hovered }: { content: SceneContent; k: number; hovered: number }) {
  const baseRef = useRef<HTMLCanvasElement>(null);
  const overlayRef = useRef<HTMLCanvasElement>(null);
  useNetworkDrawing(baseRef, overlayRef, SIZE, { k, x: 10, y: 20 }, content, hovered);
  return (
    <div>
      <canvas ref={baseRef} />
      <canvas ref={overlayRef} />
    </div>
  );
}

describe('useNetworkDrawing', () => {
  let root: Root;
  let base: HTMLCanvasElement | null = null;
  const render = (content: SceneContent, k: number, hovered = -1) => {
    act(() => root.render(createElement(Probe, { content, k, hovered })));
    base = document.querySelector('canvas');
  };
  // The first picture is painted in the next frame, and later ones at once.
  const firstFrame = () => act(() => vi.advanceTimersToNextFrame());

  beforeEach(() => {
    vi.useFakeTimers();
    vi.mocked(drawNetwork).mockClear();
    vi.mocked(drawHover).mockClear();
    const ctx = { setTransform: vi.fn() };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(ctx as unknown as CanvasRenderingContext2D);
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('repaints only the overlay when the hovered node changes', () => {
    const content = scene(15_000, 2_000);
    render(content, 1);
    firstFrame();
    expect(drawNetwork).toHaveBeenCalledTimes(1);
    for (const node of [3, 7, -1, 12]) render(content, 1, node);
    expect(drawNetwork).toHaveBeenCalledTimes(1);
    // The overlay is painted with the commit, then again with the first picture.
    expect(vi.mocked(drawHover).mock.calls.map(([input]) => input.node)).toEqual([-1, -1, 3, 7, -1, 12]);
  });

  it('paints the first picture in the next frame, with the latest inputs', () => {
    const content = scene(6, 8);
    render(content, 1);
    render(content, 1.5);
    expect(drawNetwork).not.toHaveBeenCalled();
    firstFrame();
    expect(drawNetwork).toHaveBeenCalledTimes(1);
    expect(vi.mocked(drawNetwork).mock.calls[0]![0].view.k).toBe(1.5);
  });

  it('repaints a light picture on every change of view', () => {
    const content = scene(6, 8);
    render(content, 1);
    firstFrame();
    for (const k of [1.2, 1.5, 2]) render(content, k);
    expect(drawNetwork).toHaveBeenCalledTimes(4);
    expect(base!.style.transform).toBe('');
  });

  it('moves a heavy picture while the view changes and repaints it once the view rests', () => {
    const content = scene(15_000, 2_000);
    render(content, 1);
    firstFrame();
    for (const k of [1.2, 1.5, 2]) render(content, k);
    expect(drawNetwork).toHaveBeenCalledTimes(1);
    expect(base!.style.transform).toMatch(/scale\(2\)/);
    act(() => vi.advanceTimersByTime(SETTLE_MS - 1));
    expect(drawNetwork).toHaveBeenCalledTimes(1);
    act(() => vi.advanceTimersByTime(1));
    expect(drawNetwork).toHaveBeenCalledTimes(2);
    expect(vi.mocked(drawNetwork).mock.calls[1]![0].view.k).toBe(2);
    expect(base!.style.transform).toBe('');
  });

  it('repaints at once when what the picture shows changes, even in the middle of a gesture', () => {
    render(scene(15_000, 2_000), 1);
    firstFrame();
    render(scene(15_000, 2_000), 1.5);
    expect(drawNetwork).toHaveBeenCalledTimes(2);
    expect(base!.style.transform).toBe('');
  });
});
