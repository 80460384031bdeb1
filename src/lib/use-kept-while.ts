// A value that holds still while `hold` is true: the last value seen before the hold began is
// returned until it ends, then the current one again. Derived during render (no effect, no extra
// commit), so that ending the hold shows the current value in the same render.
import { useState } from 'react';

export function useKeptWhile<T>(hold: boolean, value: T): T {
  const [kept, setKept] = useState(value);
  if (!hold && kept !== value) setKept(value);
  return hold ? kept : value;
}
