// The fixed zoom-and-pan script, the same for the explorer and for vis-timeline: wheel zooms at fixed
// points and drag pans, about five seconds. Positions are fractions of the target's box, so the same
// script fits both pages. Pure data here; `play-sequence.ts` performs it with Playwright.

export type Step =
  | { kind: 'move'; fx: number; fy: number }
  | { kind: 'wheel'; deltaY: number }
  | { kind: 'down' }
  | { kind: 'up' }
  | { kind: 'pause'; ms: number };

const WHEEL_PAUSE_MS = 50;
const DRAG_STEP_PAUSE_MS = 25;

function wheels(fx: number, count: number, deltaY: number): Step[] {
  const steps: Step[] = [{ kind: 'move', fx, fy: 0.5 }];
  for (let i = 0; i < count; i++) steps.push({ kind: 'wheel', deltaY }, { kind: 'pause', ms: WHEEL_PAUSE_MS });
  return steps;
}

function drag(fromFx: number, toFx: number, moves = 20): Step[] {
  const steps: Step[] = [{ kind: 'move', fx: fromFx, fy: 0.5 }, { kind: 'down' }];
  for (let i = 1; i <= moves; i++) {
    steps.push({ kind: 'move', fx: fromFx + ((toFx - fromFx) * i) / moves, fy: 0.5 }, { kind: 'pause', ms: DRAG_STEP_PAUSE_MS });
  }
  steps.push({ kind: 'up' });
  return steps;
}

/** About 5 s: zoom in twice at different points, pan both ways, zoom out past the start, pan again. */
export const ZOOM_AND_PAN: readonly Step[] = [
  { kind: 'pause', ms: 200 },
  ...wheels(0.5, 12, -120),
  ...drag(0.7, 0.3),
  ...drag(0.3, 0.8),
  ...wheels(0.25, 12, -120),
  ...drag(0.8, 0.2),
  ...drag(0.2, 0.6),
  ...wheels(0.75, 24, 120),
  ...drag(0.6, 0.4),
  ...wheels(0.4, 6, -120),
  ...wheels(0.6, 6, 120),
  { kind: 'pause', ms: 200 },
];

/**
 * Main-thread time is taken over this simpler script: 20 wheel notches at the target's centre, 10 in then
 * 10 out, 50 ms apart. It has no drags, so the same inputs land on every page whatever it draws.
 */
export const WHEEL_TWENTY: readonly Step[] = [{ kind: 'pause', ms: 200 }, ...wheels(0.5, 10, -120), ...wheels(0.5, 10, 120), { kind: 'pause', ms: 300 }];

/** One back-and-forth of the memory soak: zoom in deep at the centre, then all the way out. */
export const SOAK_CYCLE: readonly Step[] = [...wheels(0.5, 16, -120), ...drag(0.6, 0.4, 10), ...wheels(0.5, 16, 120)];

/**
 * A node drag on the network: press at the node's centre, then 30 moves a few pixels apart (fractions
 * of the node's box, so about 36 px in all for a 24 px node), 25 ms apart, then release.
 */
export function nodeDragSteps(): Step[] {
  const steps: Step[] = [{ kind: 'move', fx: 0.5, fy: 0.5 }, { kind: 'down' }];
  for (let i = 1; i <= 30; i++) steps.push({ kind: 'move', fx: 0.5 + i * 0.05, fy: 0.5 + i * 0.03 }, { kind: 'pause', ms: DRAG_STEP_PAUSE_MS });
  steps.push({ kind: 'up' });
  return steps;
}

/** The time the script spends in pauses (the actual run takes longer by the input round trips). */
export function scriptedPauseMs(steps: readonly Step[]): number {
  return steps.reduce((sum, s) => sum + (s.kind === 'pause' ? s.ms : 0), 0);
}
