// From (events, window, size) to what the canvas draws and the overlay's buttons: marks in lanes,
// clusters where lanes run out, a density strip at coarse zoom, axis ticks. Pure and DOM-free; the work
// is bounded by what is in view (counted in `work.touched`).
import type { DefenceEvent, EventKind } from '../../../data/schema';
import type { TimeWindow } from '../../../state/time-window';
import { aggregateBins, binPositions, densityColumns, type Bin } from './aggregate';
import { clusterAccessibleName, eventAccessibleName, type BinUnit } from './event-labels';
import { packLanes, titleRoom } from './lanes';
import { computeTicks, type Tick } from './time-ticks';
import { countCandidates, queryRange, type TimeIndex, type Work } from './time-index';
import { windowScale, type TimeScale } from './time-scale';

const DAY = 86_400_000;
/** Above this many candidates in view, skip per-event layout and aggregate straight away. */
export const INDIVIDUAL_LIMIT = 400;
/** Most buttons (events + clusters) the overlay renders: the DOM stays small at any size of data. */
export const DOM_CAP = 150;

export interface Geometry {
  width: number;
  height: number;
  axisHeight: number;
  laneTop: number;
  lanePitch: number;
  markHeight: number;
  maxLanes: number;
  clusterRowY: number;
  clusterRowHeight: number;
  densityY: number;
  densityHeight: number;
}

export function geometryFor(width: number, height: number): Geometry {
  const axisHeight = 22;
  const densityHeight = 12;
  const laneTop = axisHeight + 8;
  // Lanes plus one row for overflow clusters share what is left; on a short screen the lanes get
  // thinner rather than fewer, so the seed's crowded weeks still fit.
  const free = height - laneTop - densityHeight - 8;
  const lanePitch = Math.max(16, Math.min(26, Math.floor(free / 9)));
  const markHeight = Math.max(12, lanePitch - 5);
  const maxLanes = Math.max(3, Math.min(8, Math.floor(free / lanePitch) - 1));
  const clusterRowHeight = lanePitch;
  const clusterRowY = laneTop + maxLanes * lanePitch;
  const densityY = clusterRowY + clusterRowHeight + 4;
  return { width, height, axisHeight, laneTop, lanePitch, markHeight, maxLanes, clusterRowY, clusterRowHeight, densityY, densityHeight };
}

export interface MarkLayout {
  position: number;
  id: string;
  kind: EventKind;
  title: string;
  label: string;
  /** Range, month or year precision: the day is not known, the span is drawn as uncertain. */
  uncertain: boolean;
  x0: number;
  x1: number;
  y: number;
  h: number;
  /** Pixels free for the title after the mark (or before it, when `titleLeft`). */
  titleRoom: number;
  titleLeft: boolean;
}

export interface ClusterLayout {
  key: string;
  unit: BinUnit;
  start: number;
  end: number;
  count: number;
  label: string;
  x0: number;
  x1: number;
  y: number;
  h: number;
}

export interface TimelineLayout {
  mode: 'events' | 'clusters';
  scale: TimeScale;
  geometry: Geometry;
  ticks: Tick[];
  marks: MarkLayout[];
  clusters: ClusterLayout[];
  /** Events starting per DENSITY_BIN_PX column, shown when anything is aggregated. */
  density: Uint32Array | null;
  touched: number;
}

export interface LayoutInput {
  events: readonly DefenceEvent[];
  timeIndex: TimeIndex;
  window: TimeWindow;
  width: number;
  height: number;
  /** Positions that must get their own mark when in view (the selected event, the keyboard's target). */
  pinned?: readonly number[];
}

function clusterFromBin(bin: Bin, scale: TimeScale, y: number, h: number): ClusterLayout {
  const [r0, r1] = scale.range() as [number, number];
  const x0 = Math.max(r0 - 4, scale(bin.start));
  const x1 = Math.max(x0 + 16, Math.min(r1 + 4, scale(bin.end)) - 2);
  return {
    key: `${bin.unit}:${bin.start}`,
    unit: bin.unit,
    start: bin.start,
    end: bin.end,
    count: bin.count,
    label: clusterAccessibleName(bin.count, bin.unit, bin.start),
    x0,
    x1,
    y,
    h,
  };
}

function aggregateLayout(input: LayoutInput, scale: TimeScale, g: Geometry, ticks: Tick[], work: Work): TimelineLayout {
  const bins = aggregateBins(input.timeIndex, scale, work);
  const max = bins.reduce((m, b) => Math.max(m, b.count), 1);
  const areaTop = g.laneTop;
  const areaHeight = g.clusterRowY + g.clusterRowHeight - g.laneTop;
  // Bar height grows with the square root of the count, so small bins stay visible next to big ones.
  const clusters = bins.slice(0, DOM_CAP).map((bin) => {
    const h = Math.max(g.clusterRowHeight, Math.sqrt(bin.count / max) * areaHeight);
    return clusterFromBin(bin, scale, areaTop + areaHeight - h, h);
  });
  return { mode: 'clusters', scale, geometry: g, ticks, marks: [], clusters, density: densityColumns(input.timeIndex, scale, work), touched: work.touched };
}

export function computeTimelineLayout(input: LayoutInput): TimelineLayout {
  const work: Work = { touched: 0 };
  const g = geometryFor(input.width, input.height);
  const scale = windowScale(input.window, input.width);
  const ticks = computeTicks(scale);
  const { from, to } = input.window;
  if (countCandidates(input.timeIndex, from, to, work) > INDIVIDUAL_LIMIT) return aggregateLayout(input, scale, g, ticks, work);

  const positions = queryRange(input.timeIndex, from, to, work);
  // A mark ends a little before its last day does, so back-to-back days can share a lane.
  const items = positions.map((p) => {
    const x0 = scale(input.timeIndex.starts[p]!);
    return { x0, x1: Math.max(x0 + 1, scale(input.timeIndex.ends[p]! + DAY) - 3) };
  });
  // Narrow screens: thinner marks and gaps, so seven years of the seed still fit in the lanes.
  const compact = g.width < 600;
  const pack = packLanes(items, { maxLanes: g.maxLanes, minWidth: compact ? 6 : 10, gap: compact ? 1 : 2, labelRoom: 110, limit: input.width },
    (input.pinned ?? []).map((p) => positions.indexOf(p)).filter((i) => i >= 0),
  );
  const room = titleRoom(pack, items, input.width);
  const marks: MarkLayout[] = [];
  const overflow: number[] = [];
  positions.forEach((p, i) => {
    const lane = pack.lanes[i]!;
    if (lane < 0) {
      overflow.push(p);
      return;
    }
    const e = input.events[p]!;
    marks.push({
      position: p,
      id: e.id,
      kind: e.kind,
      title: e.title,
      label: eventAccessibleName(e),
      uncertain: e.datePrecision !== 'day',
      x0: items[i]!.x0,
      x1: pack.right[i]!,
      y: g.laneTop + lane * g.lanePitch,
      h: g.markHeight,
      titleRoom: room[i]!,
      titleLeft: pack.labelLeft[i] === 1,
    });
  });
  const clusters = binPositions(input.timeIndex, overflow, scale).map((bin) => clusterFromBin(bin, scale, g.clusterRowY, g.clusterRowHeight));
  if (marks.length + clusters.length > DOM_CAP) return aggregateLayout(input, scale, g, ticks, work);
  const density = clusters.length > 0 ? densityColumns(input.timeIndex, scale, work) : null;
  return { mode: 'events', scale, geometry: g, ticks, marks, clusters, density, touched: work.touched };
}

/**
 * The layout from dates alone (no titles, no kinds), for the first picture while the dataset loads:
 * the same counts and density the full layout draws, but only when the full layout would aggregate
 * too (else null), so that the picture does not change when the dataset arrives.
 */
export function datesOnlyLayout(input: Omit<LayoutInput, 'events' | 'pinned'>): TimelineLayout | null {
  const work: Work = { touched: 0 };
  if (countCandidates(input.timeIndex, input.window.from, input.window.to, work) <= INDIVIDUAL_LIMIT) return null;
  const scale = windowScale(input.window, input.width);
  return aggregateLayout({ ...input, events: [] }, scale, geometryFor(input.width, input.height), computeTicks(scale), work);
}
