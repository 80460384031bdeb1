// The sides of the corpus and how the text names them. corpus.yaml lists the parties with their name and
// adjective; an adjective is also taken as a party's when it starts like the party's name ("Russian",
// "Vietnamese"), so a corpus without corpus.yaml still works. Any other nationality-like word
// ("Chinese", "Cambodian") marks a third country.

export interface Party {
  code: string;
  name: string;
  adjective?: string;
}

const NATIONALITY = /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ch|ean)$/u;
// Title words that look like nationalities by their ending but are not.
const NOT_NATIONALITIES = new Set(['Chairman', 'Commander', 'Politburo', 'Ombudsman', 'Spokesman', 'Guardian']);

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
  if (partyOfWord(word, parties)) return false;
  return otherCountryNames.has(word) || (NATIONALITY.test(word) && !NOT_NATIONALITIES.has(word));
}

let countryNames: Set<string> | undefined;
/** Every country's English name (from the runtime's Unicode data), to tell "of Laos" from "of Defence". */
export function allCountryNames(): Set<string> {
  if (countryNames) return countryNames;
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  countryNames = new Set();
  for (let a = 65; a <= 90; a += 1) {
    for (let b = 65; b <= 90; b += 1) {
      const name = display.of(String.fromCharCode(a, b));
      if (name && !name.includes(' ')) countryNames.add(name);
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
