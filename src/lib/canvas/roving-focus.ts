// Roving tabindex for a layer of buttons over a canvas: many buttons, one tab stop, so Tab does not
// walk hundreds of marks. The stop is the remembered one while it is still shown, else a preferred
// one (the selection), else the first.

/** The key that holds the tab stop among `shown` (in order). */
export function pickTabStop<K>(shown: readonly K[], remembered: K | null, preferred: K | null = null): K | null {
  if (remembered !== null && shown.includes(remembered)) return remembered;
  if (preferred !== null && shown.includes(preferred)) return preferred;
  return shown[0] ?? null;
}

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity };

/** The key focus moves to from `current` for an arrow, Home or End key (wrapping), or null for other keys. */
export function rovingTarget<K>(shown: readonly K[], current: K, key: string): K | null {
  const step = STEPS[key];
  if (step === undefined || shown.length === 0) return null;
  if (step === -Infinity) return shown[0]!;
  if (step === Infinity) return shown[shown.length - 1]!;
  const at = shown.indexOf(current);
  return shown[(at + step + shown.length) % shown.length]!;
}
