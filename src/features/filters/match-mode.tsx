// How several officials combine, as a choice that is always in view with its meaning in words.
import { useId } from 'react';

interface Props {
  names: readonly string[];
  matchAll: boolean;
  onChange: (matchAll: boolean) => void;
}

function listText(names: readonly string[], joiner: string): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${joiner} ${names.at(-1)}`;
}

/** The filter's meaning, as a sentence. */
export function matchMeaning(names: readonly string[], matchAll: boolean): string {
  if (names.length === 1) return `Showing events with ${names[0]}.`;
  return matchAll ? `Showing only events in which ${listText(names, 'and')} met together.` : `Showing events with ${listText(names, 'or')}.`;
}

export function MatchMode({ names, matchAll, onChange }: Props) {
  const name = useId();
  return (
    <fieldset className="match-mode">
      <legend>Officials</legend>
      <label>
        <input type="radio" name={name} checked={!matchAll} onChange={() => onChange(false)} />
        any of them
      </label>
      <label>
        <input type="radio" name={name} checked={matchAll} onChange={() => onChange(true)} />
        met together
      </label>
      <p className="match-meaning">{matchMeaning(names, matchAll)}</p>
    </fieldset>
  );
}
