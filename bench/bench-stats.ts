// Statistics of the benchmark: medians of runs, percentiles of frame times.

/** The p-th percentile (0–100) by the nearest-rank method; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

/** Median of the finite values (a run that failed a measurement gives null and is left out). */
export function median(values: readonly (number | null)[]): number | null {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length === 0) return null;
  const mid = finite.length >> 1;
  return finite.length % 2 === 1 ? (finite[mid] as number) : ((finite[mid - 1] as number) + (finite[mid] as number)) / 2;
}

export interface FrameStats {
  frames: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export function frameStats(deltas: readonly number[]): FrameStats {
  return {
    frames: deltas.length,
    medianMs: percentile(deltas, 50),
    p95Ms: percentile(deltas, 95),
    maxMs: deltas.length === 0 ? Number.NaN : Math.max(...deltas),
  };
}

/** vis / ours: how many times slower vis-timeline is (null when either side is missing). */
export function ratio(theirs: number | null, ours: number | null): number | null {
  if (theirs === null || ours === null || !Number.isFinite(theirs) || !Number.isFinite(ours) || ours <= 0) return null;
  return theirs / ours;
}
