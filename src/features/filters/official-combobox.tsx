// "Filter by official": the ARIA combobox pattern (an editable input that controls a listbox).
// Focus stays in the input; the active option is announced through aria-activedescendant.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { matchOfficials, type OfficialEntry, type OfficialMatcher } from './lib/match-officials';

interface Props {
  /** Built on first use. */
  matcher: () => OfficialMatcher;
  /** A country code in words (the dataset's parties, else the region's name). */
  countryName: (code: string) => string;
  selectedIds: readonly string[];
  onChoose: (officialId: string) => void;
}

function optionLabel(entry: OfficialEntry, countryName: Props['countryName']): string {
  const n = entry.eventCount;
  return `${countryName(entry.official.country)} · ${n} ${n === 1 ? 'event' : 'events'}`;
}

export function OfficialCombobox({ matcher, countryName, selectedIds, onChoose }: Props) {
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listboxId = `${baseId}-listbox`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const exclude = useMemo(() => new Set(selectedIds), [selectedIds]);
  const options = useMemo(() => (open ? matchOfficials(matcher(), query, { exclude, limit: 50 }) : []), [open, matcher, query, exclude]);
  const activeIndex = active < options.length ? active : -1;
  const expanded = open && options.length > 0;
  const optionId = (i: number) => `${baseId}-option-${i}`;

  const choose = (entry: OfficialEntry | undefined) => {
    if (!entry) return;
    onChoose(entry.official.id);
    setQuery('');
    setActive(-1);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        setActive((i) => (options.length === 0 ? 0 : Math.min(i + 1, options.length - 1)));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) setOpen(true);
        setActive((i) => (i <= 0 ? (options.length === 0 ? 0 : options.length - 1) : i - 1));
        break;
      case 'Enter':
        if (expanded) {
          event.preventDefault();
          // Enter with nothing highlighted takes the best match: typing a name and pressing Enter works.
          choose(options[activeIndex >= 0 ? activeIndex : 0]);
        }
        break;
      case 'Escape':
        if (expanded) {
          // Stop here so Escape does not also clear the selected event elsewhere.
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          setActive(-1);
        } else if (query !== '') {
          event.preventDefault();
          event.stopPropagation();
          setQuery('');
        }
        break;
      default:
    }
  };

  return (
    <div className="combobox">
      <label htmlFor={inputId}>Filter by official</label>
      <div className="combobox-field">
        <input
          id={inputId}
          type="text"
          className="text-input"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder="Type a name…"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul id={listboxId} role="listbox" aria-label="Officials" className="combobox-listbox" hidden={!expanded}>
          {expanded &&
            options.map((entry, i) => (
              <li
                key={entry.official.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === activeIndex}
                className="combobox-option"
                // mousedown would blur the input (closing the list) before the click lands.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(entry)}
                onMouseMove={() => setActive(i)}
              >
                <span className="combobox-option-name">{entry.official.name}</span>
                <span className="combobox-option-meta">{optionLabel(entry, countryName)}</span>
              </li>
            ))}
        </ul>
      </div>
    </div>
  );
}
