// Matching what a reader types against officials' names, native names and aliases, ignoring case,
// diacritics (Vietnamese included) and punctuation. Keys are folded once per dataset, so each
// keystroke is a linear scan of short strings: well under a millisecond at 2,000 officials.
import type { Official } from '../../../data/schema';
import { ascending } from 'd3-array';
import { nameKey } from '../../../lib/fold-text';

export interface OfficialEntry {
  official: Official;
  eventCount: number;
  /** Folded keys ("phan van giang") of name, nativeName and aliases; the name first. */
  keys: string[];
}

export interface OfficialMatcher {
  entries: OfficialEntry[];
}

export function buildOfficialMatcher(officials: readonly Official[], eventCounts: ReadonlyMap<string, number>): OfficialMatcher {
  const entries = officials.map((official) => {
    const names = [official.name, official.nativeName, ...official.aliases].filter((n): n is string => !!n);
    const keys = [...new Set(names.map(nameKey).filter((k) => k !== ''))];
    return { official, eventCount: eventCounts.get(official.id) ?? 0, keys };
  });
  return { entries };
}

/** How well a key matches the query words: 3 starts with the query, 2 every word starts a word, 1 contains, 0 no match. */
function scoreKey(key: string, query: string, words: string[]): number {
  if (key.startsWith(query)) return 3;
  const keyWords = key.split(' ');
  if (words.every((w) => keyWords.some((k) => k.startsWith(w)))) return 2;
  if (key.includes(query) || words.every((w) => key.includes(w))) return 1;
  // Initials typed together ("sk shoigu" for "S.K. Shoigu"): compare with the spaces taken out.
  if (key.replaceAll(' ', '').includes(query.replaceAll(' ', ''))) return 1;
  return 0;
}

export interface MatchOptions {
  /** Officials not to offer (already in the filter). */
  exclude?: ReadonlySet<string>;
  limit?: number;
}

/**
 * Officials matching `query`, best first (match quality, then number of events, then name).
 * An empty query lists the officials with the most events.
 */
export function matchOfficials(matcher: OfficialMatcher, query: string, options: MatchOptions = {}): OfficialEntry[] {
  const { exclude, limit = 50 } = options;
  const folded = nameKey(query);
  const words = folded === '' ? [] : folded.split(' ');
  const scored: { entry: OfficialEntry; score: number }[] = [];
  for (const entry of matcher.entries) {
    if (exclude?.has(entry.official.id)) continue;
    let score = words.length === 0 ? 1 : 0;
    for (const key of entry.keys) {
      if (score === 3) break;
      score = Math.max(score, scoreKey(key, folded, words));
    }
    if (score > 0) scored.push({ entry, score });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.entry.eventCount - a.entry.eventCount ||
      // The folded name (keys[0]) in code-unit order: no locale collator to load on the first keystroke.
      ascending(a.entry.keys[0] ?? '', b.entry.keys[0] ?? ''),
  );
  return scored.slice(0, limit).map((s) => s.entry);
}
