import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { frameOfSpan, MIN_WINDOW_MS } from '../../../state/time-window';
import {
  EDGE_PAD,
  clampWindow,
  panWindow,
  zoomAnchor,
  transformToWindow,
  windowScale,
  windowToInclude,
  windowToTransform,
  zoomScaleExtent,
  zoomWindow,
} from './time-scale';

const DAY = 86_400_000;
const FRAME = frameOfSpan({ from: '2018-01-01', to: '2024-12-31' });
const DEFAULT_WINDOW = FRAME.home;
const OUTER_LIMIT = FRAME.outer;
const MAX_WINDOW_MS = FRAME.maxSpan;
const year2019 = { from: Date.UTC(2019, 0, 1), to: Date.UTC(2019, 11, 31) };

describe('time scale and zoom transform', () => {
  it('shows the default window at the identity transform, at any width', () => {
    for (const width of [390, 1440]) expect(transformToWindow(FRAME, zoomIdentity, width)).toEqual(DEFAULT_WINDOW);
  });

  it('round-trips a window through the d3-zoom transform', () => {
    for (const width of [390, 1000, 1440]) {
      for (const w of [year2019, { from: Date.UTC(2019, 2, 1), to: Date.UTC(2019, 2, 8) }, DEFAULT_WINDOW]) {
        const back = transformToWindow(FRAME, windowToTransform(FRAME, w, width), width);
        expect(Math.abs(back.from - w.from)).toBeLessThanOrEqual(1);
        expect(Math.abs(back.to - w.to)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('maps the window onto the padded width', () => {
    const scale = windowScale(year2019, 1000);
    expect(scale(year2019.from)).toBe(EDGE_PAD);
    expect(scale(year2019.to)).toBe(1000 - EDGE_PAD);
  });

  it('limits zoom between a bit more than seven years and MIN_WINDOW_MS', () => {
    const [kMin, kMax] = zoomScaleExtent(FRAME);
    const span = DEFAULT_WINDOW.to - DEFAULT_WINDOW.from;
    expect(span / kMin).toBeCloseTo(MAX_WINDOW_MS);
    expect(span / kMax).toBeCloseTo(MIN_WINDOW_MS);
    expect(kMin).toBeLessThan(1);
  });
});

describe('window maths', () => {
  it('zooms in around the centre and stops at MIN_WINDOW_MS', () => {
    const w = zoomWindow(FRAME, year2019, 2);
    expect(w.to - w.from).toBeCloseTo((year2019.to - year2019.from) / 2, -1);
    expect((w.from + w.to) / 2).toBeCloseTo((year2019.from + year2019.to) / 2, -1);
    let tiny = year2019;
    for (let i = 0; i < 20; i++) tiny = zoomWindow(FRAME, tiny, 2);
    expect(tiny.to - tiny.from).toBe(MIN_WINDOW_MS);
  });

  it('zooms out no further than MAX_WINDOW_MS and never past the outer limit', () => {
    let w = DEFAULT_WINDOW;
    for (let i = 0; i < 10; i++) w = zoomWindow(FRAME, w, 0.5);
    expect(w.to - w.from).toBeLessThanOrEqual(MAX_WINDOW_MS + 1);
    const edge = clampWindow(FRAME, { from: OUTER_LIMIT.from - 1000 * DAY, to: OUTER_LIMIT.from - 900 * DAY });
    expect(edge.from).toBe(OUTER_LIMIT.from);
  });

  it('keeps the zoom anchor in place', () => {
    const anchor = Date.UTC(2019, 2, 1);
    const w = zoomWindow(FRAME, year2019, 4, anchor);
    const before = (anchor - year2019.from) / (year2019.to - year2019.from);
    const after = (anchor - w.from) / (w.to - w.from);
    expect(after).toBeCloseTo(before, 3);
  });

  it('brings an event into view: unchanged, small pan, centred, or widened', () => {
    const inside = Date.UTC(2019, 5, 1);
    expect(windowToInclude(FRAME, year2019, inside, inside + DAY)).toBe(year2019);

    const near = Date.UTC(2020, 1, 1);
    const panned = windowToInclude(FRAME, year2019, near, near + DAY);
    expect(panned.to - panned.from).toBe(year2019.to - year2019.from);
    expect(panned.from).toBeLessThanOrEqual(near);
    expect(panned.to).toBeGreaterThanOrEqual(near + DAY);
    expect(panned.to - (near + DAY)).toBeGreaterThan(0);

    const far = Date.UTC(2023, 6, 1);
    const centred = windowToInclude(FRAME, year2019, far, far + DAY);
    expect(Math.abs((centred.from + centred.to) / 2 - (far + DAY / 2))).toBeLessThan(2);

    const week = { from: Date.UTC(2019, 2, 1), to: Date.UTC(2019, 2, 8) };
    const long = windowToInclude(FRAME, week, Date.UTC(2019, 0, 1), Date.UTC(2019, 11, 31));
    expect(long.from).toBeLessThan(Date.UTC(2019, 0, 1));
    expect(long.to).toBeGreaterThan(Date.UTC(2019, 11, 31));
  });
});

describe('zoomAnchor', () => {
  const w = { from: Date.UTC(2019, 0, 1), to: Date.UTC(2020, 0, 1) };
  const aug = [Date.UTC(2019, 7, 10), Date.UTC(2019, 7, 11)] as [number, number];
  it('zooms around the selected event when it is in view, else around the middle', () => {
    expect(zoomAnchor(w, [aug])).toBe((aug[0] + aug[1]) / 2);
    expect(zoomAnchor(w, [[Date.UTC(2021, 3, 1), Date.UTC(2021, 3, 2)]])).toBe((w.from + w.to) / 2);
    expect(zoomAnchor(w, [null])).toBe((w.from + w.to) / 2);
  });
  it('prefers the first of several (the focused event over the selected one)', () => {
    const march = [Date.UTC(2019, 2, 1), Date.UTC(2019, 2, 2)] as [number, number];
    expect(zoomAnchor(w, [march, aug])).toBe((march[0] + march[1]) / 2);
  });
  it('keeps the selected event in view however far the buttons zoom in', () => {
    let view = { from: Date.UTC(2018, 0, 1), to: Date.UTC(2025, 0, 1) };
    for (let i = 0; i < 12; i++) {
      view = zoomWindow(FRAME, view, 2, zoomAnchor(view, [aug]));
      expect(view.from).toBeLessThanOrEqual(aug[0]);
      expect(view.to).toBeGreaterThanOrEqual(aug[1]);
    }
  });
});

describe('panWindow', () => {
  it('moves the window by the dragged pixels, keeping its span', () => {
    const w = { from: Date.UTC(2019, 0, 1), to: Date.UTC(2019, 0, 11) };
    const moved = panWindow(FRAME, w, 100, 1000 + 2 * EDGE_PAD);
    expect(moved.to - moved.from).toBe(w.to - w.from);
    expect(w.from - moved.from).toBeCloseTo((w.to - w.from) / 10, -1);
  });
});
