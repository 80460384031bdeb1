// Axis ticks that adapt to the zoom (years → months → days) and never crowd: at most one tick per
// MIN_TICK_SPACING pixels, each labelled with the coarsest unit that changes there ("2019", "Mar", "12").
// The year is always on screen: a sticky label at the left edge names the year in view there, until
// the next year's own label pushes it out.
import { utcDay, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { formatShortMonth } from '../../../lib/day-format';
import type { TimeScale } from './time-scale';

/** Short labels ("Sep", "15"): months and days get a tick wherever one fits this far apart. */
export const MIN_TICK_SPACING = 48;

export type TickLevel = 'year' | 'month' | 'day';

export interface Tick {
  ms: number;
  x: number;
  label: string;
  /** The coarsest calendar unit that starts at this tick: styles year starts more strongly. */
  level: TickLevel;
}

interface Step {
  interval: TimeInterval;
  approxMs: number;
}

const DAY = 86_400_000;
// Candidate steps, finest first. Days stop at one: the data has no time of day.
const STEPS: Step[] = [
  { interval: utcDay, approxMs: DAY },
  { interval: utcDay.every(2)!, approxMs: 2 * DAY },
  { interval: utcDay.filter((d) => [1, 8, 15, 22].includes(d.getUTCDate())), approxMs: 7 * DAY },
  { interval: utcDay.filter((d) => [1, 15].includes(d.getUTCDate())), approxMs: 15 * DAY },
  { interval: utcMonth, approxMs: 30.5 * DAY },
  { interval: (utcMonth as CountableTimeInterval).every(3)!, approxMs: 91 * DAY },
  { interval: (utcMonth as CountableTimeInterval).every(6)!, approxMs: 182 * DAY },
  { interval: utcYear, approxMs: 365 * DAY },
  { interval: utcYear.every(2)!, approxMs: 730 * DAY },
  { interval: utcYear.every(5)!, approxMs: 1826 * DAY },
  { interval: utcYear.every(10)!, approxMs: 3652 * DAY },
];


export function tickLevel(ms: number): TickLevel {
  const d = new Date(ms);
  if (d.getUTCMonth() === 0 && d.getUTCDate() === 1) return 'year';
  if (d.getUTCDate() === 1) return 'month';
  return 'day';
}

export function tickLabel(ms: number, level: TickLevel = tickLevel(ms)): string {
  const d = new Date(ms);
  if (level === 'year') return String(d.getUTCFullYear());
  return level === 'month' ? formatShortMonth(d) : String(d.getUTCDate());
}

/** The finest step whose ticks keep MIN_TICK_SPACING apart at this scale. */
export function chooseTickStep(scale: TimeScale): Step {
  const [from, to] = scale.domain().map(Number) as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const maxCount = Math.max(1, Math.floor((r1 - r0) / MIN_TICK_SPACING));
  const span = to - from;
  return STEPS.find((s) => span / s.approxMs <= maxCount) ?? STEPS[STEPS.length - 1]!;
}

export function computeTicks(scale: TimeScale): Tick[] {
  const [from, to] = scale.domain().map(Number) as [number, number];
  const step = chooseTickStep(scale);
  // range() of an interval returns dates in [start, stop): include a tick exactly at `to`.
  return step.interval.range(new Date(from), new Date(to + 1)).map((d) => {
    const ms = d.getTime();
    const level = tickLevel(ms);
    return { ms, x: scale(ms), label: tickLabel(ms, level), level };
  });
}

export interface AxisLabel {
  key: string;
  x: number;
  text: string;
  level: TickLevel;
  /** Pixels the label may take before the next label needs them (it is cut there, and only there). */
  maxWidth: number;
  /** The year in view at the left edge (not a tick of its own). */
  sticky: boolean;
}

/** Rough width of an axis label in the 12 px axis font, with its padding: enough to keep labels apart. */
export function labelWidth(text: string, level: TickLevel): number {
  return 4 + text.length * (level === 'year' ? 8.5 : 7.5) + 4;
}

/**
 * The axis's labels at this scale and width: one per tick in view, plus the sticky year at the left
 * edge. The sticky year is left out when a year label already sits under it; labels under the sticky
 * one are left out; every label may run until the next one starts.
 */
export function axisLabels(ticks: readonly Tick[], scale: TimeScale, width: number): AxisLabel[] {
  const inView = ticks.filter((t) => t.x >= 0 && t.x <= width);
  // Where the ticks are days, the sticky label names the month too ("Aug 2019 · 15 · 22").
  // The window's first instant (the plot's edge padding shows a sliver before it, which is not the
  // window's year: the home window of a span from 1995 must not read "1994").
  const left = new Date(+scale.domain()[0]!);
  const days = inView.some((t) => t.level === 'day');
  const leftYear = `${days ? `${formatShortMonth(left)} ` : ''}${left.getUTCFullYear()}`;
  const stickyWidth = labelWidth(leftYear, 'year');
  const firstYear = inView.find((t) => t.level === 'year');
  // A year label near the left edge already names the year there (or the next one, which pushes the
  // sticky label out, as a sticky header is pushed by the next).
  const showSticky = !firstYear || firstYear.x >= stickyWidth;
  const labels: AxisLabel[] = [];
  if (showSticky) labels.push({ key: 'sticky', x: 0, text: leftYear, level: 'year', maxWidth: width, sticky: true });
  for (const t of inView) {
    if (showSticky && t.level !== 'year' && t.x < stickyWidth) continue;
    labels.push({ key: String(t.ms), x: t.x, text: t.label, level: t.level, maxWidth: width - t.x, sticky: false });
  }
  for (let i = 0; i + 1 < labels.length; i++) labels[i]!.maxWidth = Math.min(labels[i]!.maxWidth, labels[i + 1]!.x - labels[i]!.x);
  return labels;
}
