// The sides of the corpus and how the text names them. corpus.yaml lists the parties with their name and
// adjective; an adjective is also taken as a party's when it starts like the party's name ("Russian",
// "Vietnamese"), so a corpus without corpus.yaml still works. Any other nationality-like word
// ("Chinese", "Cambodian") marks a third country.

export interface Party {
  code: string;
  name: string;
  adjective?: string;
}

// Adjectives of nationality: "Chinese", "Polish", "Belarusian", "Korean". Shorter ones are told by the
// country's name they start ("Lao", "Thai", "Cuban", "Iraqi"), never by their ending alone, which many
// given names share (Xuan, Andrei, Sergei).
const NATIONALITY = /^\p{Lu}\p{Ll}{2,}(?:ese|ish|ian|ean)$/u;

const prefix = (word: string) => word.toLowerCase().slice(0, Math.min(4, word.length));

/** The party a word names ("Russia", "Russian", "Vietnamese"), if any. */
export function partyOfWord(word: string, parties: readonly Party[]): Party | undefined {
  const bare = word.replace(/(?:'s|’s)$/, '');
  return parties.find(
    (p) =>
      p.name === bare ||
      p.adjective === bare ||
      (NATIONALITY.test(bare) && bare.length > 4 && prefix(bare) === prefix(p.name)),
  );
}

/** A word that names a nationality other than the parties' ("Chinese"), for third-country leaders. */
export function isOtherNationality(word: string, parties: readonly Party[], otherCountryNames: ReadonlySet<string>): boolean {
  if (partyOfWord(word, parties) || !/^\p{Lu}\p{Ll}/u.test(word)) return false;
  if (otherCountryNames.has(word) || NATIONALITY.test(word)) return true;
  for (const [suffix, slack] of [['', 1], ['n', 9], ['i', 9]] as const) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, word.length - suffix.length);
    if (stem.length >= 3 && [...otherCountryNames].some((name) => name.startsWith(stem) && name.length - stem.length <= slack)) return true;
  }
  return false;
}

// Words of country names that name no country on their own ("State" would otherwise read as "States").
const GENERIC = new Set(
  'United States Nations Islands Island Republic Kingdom Saint South North New Arab Emirates Central Outlying Territories Territory Vincent Heard Sint Cape Isle Man'.split(' '),
);

let countryNames: Set<string> | undefined;
/** Every country's English name (from the runtime's Unicode data), to tell "of Laos" from "of Defence". */
export function allCountryNames(): Set<string> {
  if (countryNames) return countryNames;
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  countryNames = new Set();
  for (let a = 65; a <= 90; a += 1) {
    for (let b = 65; b <= 90; b += 1) {
      const name = display.of(String.fromCharCode(a, b));
      // Every word of a name, for "Korean" (North Korea) as for "Lao" (Laos).
      for (const word of name?.split(/\s+/) ?? []) if (/^\p{Lu}\p{Ll}{2,}$/u.test(word) && !GENERIC.has(word)) countryNames.add(word);
    }
  }
  return countryNames;
}

/** Parties from corpus.yaml, or else one per country of the gazetteer, named by the runtime's data. */
export function partiesOf(declared: readonly Party[] | undefined, officialCountries: readonly string[]): Party[] {
  if (declared && declared.length > 0) return [...declared];
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  return [...new Set(officialCountries)].sort().map((code) => ({ code, name: display.of(code) ?? code }));
}
