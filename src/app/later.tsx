// A lazy part that renders only once `ready` (its turn after the first commit). Its slot stands in until
// then and while its chunk loads, so that nothing around it moves when it arrives.
import { Suspense, type ReactNode } from 'react';

export function Later({ ready, slot, children }: { ready: boolean; slot: ReactNode; children: ReactNode }) {
  return <Suspense fallback={slot}>{ready ? children : slot}</Suspense>;
}
