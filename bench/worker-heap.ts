// The search worker's JavaScript heap, after a forced garbage collection, through the DevTools
// protocol: Playwright opens sessions on pages only, so the worker is reached as a target of the page's
// session and spoken to with Target.sendMessageToTarget.
import type { Page } from '@playwright/test';
import { withTimeout } from './browser-helpers';

interface TargetMessage {
  sessionId: string;
  message: string;
}

export async function workerHeapMB(page: Page): Promise<number | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string }[] };
    const worker = targetInfos.find((t) => t.type === 'worker');
    if (!worker) return null;
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as { sessionId: string };
    let next = 1;
    const pending = new Map<number, (result: unknown) => void>();
    cdp.on('Target.receivedMessageFromTarget', (event: TargetMessage) => {
      const reply = JSON.parse(event.message) as { id?: number; result?: unknown };
      if (event.sessionId === sessionId && reply.id !== undefined) pending.get(reply.id)?.(reply.result);
    });
    const send = (method: string) =>
      new Promise<unknown>((resolve) => {
        const id = next++;
        pending.set(id, resolve);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    await withTimeout(send('HeapProfiler.collectGarbage'), 30_000, 'garbage collection in the worker');
    const usage = (await withTimeout(send('Runtime.getHeapUsage'), 10_000, 'the worker heap')) as { usedSize?: number };
    return typeof usage.usedSize === 'number' ? usage.usedSize / 1e6 : null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
