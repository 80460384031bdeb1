import { TEST_CORPUS_INFO, testEvent } from '../../../data/test-corpus-info';
import { describe, expect, it } from 'vitest';
import type { DefenceEvent } from '../../../data/schema';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { frameOfSpan } from '../../../state/time-window';

const DEFAULT_WINDOW = frameOfSpan({ from: '2018-01-01', to: '2024-12-31' }).home;
import { buildTimeIndex, queryRange } from './time-index';
import { computeTimelineLayout, datesOnlyLayout, DOM_CAP } from './timeline-layout';
import { syntheticSpans } from './test-events';


const ev = (id: string, date: string, extra: Partial<DefenceEvent> = {}) => testEvent(id, date, { title: `Event ${id}`, ...extra });

// The seed's fifteen events (dates, precisions, kinds): crowded in June and August 2019.
const seed: DefenceEvent[] = [
  ev('e01', '2018-12-03', { kind: 'strategic dialogue' }),
  ev('e02', '2018-12-03'),
  ev('e03', '2019-06-18', { kind: 'ceremony', endDate: '2019-06-26', datePrecision: 'range' }),
  ev('e04', '2019-06-18', { kind: 'visit', endDate: '2019-06-26', datePrecision: 'range' }),
  ev('e05', '2019-06-19'),
  ev('e06', '2019-06-19'),
  ev('e07', '2019-06-19', { kind: 'signing' }),
  ev('e08', '2019-08-13', { kind: 'ceremony', endDate: '2019-08-19', datePrecision: 'range' }),
  ev('e09', '2019-08-13', { endDate: '2019-08-19', datePrecision: 'range' }),
  ev('e10', '2019-08-13', { kind: 'visit', endDate: '2019-08-19', datePrecision: 'range' }),
  ev('e11', '2020-06-24', { kind: 'ceremony' }),
  ev('e12', '2020-07-03', { kind: 'online talks' }),
  ev('e13', '2024-06-01', { kind: 'visit', datePrecision: 'month' }),
  ev('e14', '2024-08-01', { kind: 'visit', datePrecision: 'month' }),
  ev('e15', '2024-08-13'),
];

function seedInput(width: number, height: number, window = DEFAULT_WINDOW) {
  const index = buildDatasetIndex({ schemaVersion: 2, corpus: TEST_CORPUS_INFO, articles: [], officials: [], organizations: [], events: seed });
  return { events: index.eventsByDate, timeIndex: buildTimeIndex(index.starts, index.ends, null), window, width, height };
}

describe('timeline layout', () => {
  it('gives every seed event its own mark in the full seven-year view, on a laptop and on a phone', () => {
    for (const [width, height] of [[1440, 300], [1280, 200], [1280, 170], [390, 260], [320, 260]] as const) {
      const layout = computeTimelineLayout(seedInput(width, height));
      expect(layout.mode).toBe('events');
      expect(layout.clusters).toEqual([]);
      expect(layout.marks.map((m) => m.id).sort()).toEqual(seed.map((e) => e.id).sort());
      // No two marks overlap.
      for (const a of layout.marks)
        for (const b of layout.marks)
          if (a !== b && a.y === b.y) expect(a.x1 <= b.x0 || b.x1 <= a.x0).toBe(true);
    }
  });

  it('names marks and flags uncertain dates', () => {
    const layout = computeTimelineLayout(seedInput(1440, 300));
    const range = layout.marks.find((m) => m.id === 'e09')!;
    expect(range.label).toBe('13–19 Aug 2019, day not reported: Event e09');
    expect(range.uncertain).toBe(true);
    expect(layout.marks.find((m) => m.id === 'e05')!.uncertain).toBe(false);
    expect(layout.marks.find((m) => m.id === 'e13')!.label).toBe('Jun 2024, day not reported: Event e13');
  });

  it('shows only the events in the window', () => {
    const w = { from: Date.UTC(2019, 5, 1), to: Date.UTC(2019, 5, 30) };
    const layout = computeTimelineLayout(seedInput(1440, 300, w));
    expect(layout.marks.map((m) => m.id)).toEqual(['e03', 'e04', 'e05', 'e06', 'e07']);
  });

  it('aggregates 50,000 events into a capped number of clusters, touching only bin edges', () => {
    const { starts, index } = syntheticSpans(50_000);
    const events = Array.from(starts, (s, i) => ev(`s${i}`, new Date(s).toISOString().slice(0, 10)));
    const layout = computeTimelineLayout({ events, timeIndex: index, window: DEFAULT_WINDOW, width: 1440, height: 300 });
    expect(layout.mode).toBe('clusters');
    expect(layout.clusters.length).toBeGreaterThan(0);
    expect(layout.clusters.length).toBeLessThanOrEqual(DOM_CAP);
    expect(layout.clusters[0]!.label).toMatch(/^\d+ events, 2018$/);
    // Work is O((bins + density columns) × log n): independent of how many events are in view.
    const log2n = Math.ceil(Math.log2(50_000)) + 1;
    expect(layout.touched).toBeLessThanOrEqual((layout.clusters.length + layout.density!.length + 4) * log2n);
  });

  it('shows individual marks plus overflow clusters at a narrow window of dense data, within the DOM cap', () => {
    const { starts, index } = syntheticSpans(50_000);
    const events = Array.from(starts, (s, i) => ev(`s${i}`, new Date(s).toISOString().slice(0, 10)));
    const w = { from: Date.UTC(2019, 2, 4), to: Date.UTC(2019, 2, 7) };
    const layout = computeTimelineLayout({ events, timeIndex: index, window: w, width: 1440, height: 300 });
    expect(layout.mode).toBe('events');
    expect(layout.marks.length).toBeGreaterThan(0);
    expect(layout.marks.length + layout.clusters.length).toBeLessThanOrEqual(DOM_CAP);
    const log2n = Math.ceil(Math.log2(50_000)) + 1;
    const columns = layout.density?.length ?? 0;
    const visible = layout.marks.length + layout.clusters.reduce((n, c) => n + c.count, 0);
    expect(layout.touched).toBeLessThanOrEqual((columns + 12) * log2n + visible * 1.25 + 60);

    // An event hidden in an overflow cluster gets its own mark once pinned (selected or walked to).
    const hidden = layout.clusters[0]!;
    const hiddenPosition = queryRange(index, w.from, w.to).find((p) => !layout.marks.some((m) => m.position === p) && starts[p]! >= hidden.start)!;
    const pinned = computeTimelineLayout({ events, timeIndex: index, window: w, width: 1440, height: 300, pinned: [hiddenPosition] });
    expect(pinned.marks.some((m) => m.position === hiddenPosition)).toBe(true);
  });
});

describe('datesOnlyLayout (the first picture, before the dataset is in)', () => {
  it('draws exactly what the full layout draws when that aggregates', () => {
    const spans = syntheticSpans(20_000);
    const window = { from: Date.UTC(2018, 0, 1), to: Date.UTC(2024, 11, 31) };
    const input = { timeIndex: spans.index, window, width: 1440, height: 300 };
    const first = datesOnlyLayout(input)!;
    // Positions are all the full layout reads of the events when it aggregates.
    const full = computeTimelineLayout({ ...input, events: [] });
    expect(full.mode).toBe('clusters');
    expect(first.mode).toBe('clusters');
    expect(first.clusters).toEqual(full.clusters);
    expect(first.density).toEqual(full.density);
    expect(first.ticks).toEqual(full.ticks);
  });

  it('draws nothing where the full layout would show single marks (their titles are not in the dates)', () => {
    const spans = syntheticSpans(20_000);
    const narrow = { from: Date.UTC(2019, 5, 1), to: Date.UTC(2019, 5, 8) };
    expect(datesOnlyLayout({ timeIndex: spans.index, window: narrow, width: 1440, height: 300 })).toBeNull();
    const seedIndex = seedInput(1440, 300).timeIndex;
    expect(datesOnlyLayout({ timeIndex: seedIndex, window: DEFAULT_WINDOW, width: 1440, height: 300 })).toBeNull();
  });
});
