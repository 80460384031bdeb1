// Before each measured navigation the bench waits for the machine to go quiet. Closing the previous
// run's context (its renderer, the network's layout worker) overlaps the next page load otherwise,
// and a first-load timing would be charged for the previous page's teardown.
import { cpus, type CpuInfo } from 'node:os';

export type CpuTimes = readonly Pick<CpuInfo['times'], 'user' | 'nice' | 'sys' | 'idle' | 'irq'>[];

/** Share of CPU time (all cores) spent idle between two `os.cpus()` samples; 1 when no time passed. */
export function idleShare(before: CpuTimes, after: CpuTimes): number {
  let idle = 0;
  let total = 0;
  after.forEach((a, i) => {
    const b = before[i];
    if (!b) return;
    idle += a.idle - b.idle;
    total += a.user - b.user + (a.nice - b.nice) + (a.sys - b.sys) + (a.idle - b.idle) + (a.irq - b.irq);
  });
  return total > 0 ? idle / total : 1;
}

const sampleTimes = (): CpuTimes => cpus().map((c) => c.times);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits at least `minMs`, then until a `windowMs` window in which the cores were idle at least
 * `idleAtLeast` of the time, for at most `maxMs`. Returns the idle share of the last window.
 */
export async function waitForQuietMachine({ minMs = 500, windowMs = 250, idleAtLeast = 0.8, maxMs = 5000 } = {}): Promise<number> {
  const start = Date.now();
  await sleep(minMs);
  for (;;) {
    const before = sampleTimes();
    await sleep(windowMs);
    const share = idleShare(before, sampleTimes());
    if (share >= idleAtLeast || Date.now() - start >= maxMs) return share;
  }
}
