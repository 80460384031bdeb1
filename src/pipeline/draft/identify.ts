// Turns the people a sentence names into officials: the gazetteer's, a transliteration of one of them
// (which the draft proposes as a new alias), or someone new; and tells their side from their title.
import { nameKey } from '../../lib/fold-text';
import type { Mention } from '../../data/schema';
import type { CorpusOfficial, CorpusOrganization } from '../corpus-schema';
import type { DraftAlias } from './draft-types';
import { newOfficialId, shortName, transliterationOf } from './officials';
import { allCountryNames, isOtherNationality, partyOfWord, type Party } from './parties';
import type { Person } from './people';

export interface Who {
  id: string;
  name: string;
  /** Party code, when the gazetteer or the title gives it. */
  country?: string;
  /** Named as someone's counterpart: the other side, when the title does not say. */
  counterpart: boolean;
}

export interface NewPerson {
  id: string;
  name: string;
  forms: Set<string>;
  country?: string;
  nativeName?: string;
  /** Where the article first names them with their title. */
  first: Person;
}

export class Identifier {
  readonly fresh = new Map<string, NewPerson>();
  readonly aliases: DraftAlias[] = [];
  private readonly known: Map<string, CorpusOfficial>;

  constructor(
    private readonly text: string,
    officials: readonly CorpusOfficial[],
    private readonly organizations: readonly CorpusOrganization[],
    private readonly parties: readonly Party[],
  ) {
    this.known = new Map(officials.map((o) => [o.id, o]));
  }

  /** 'foreign' for a third country's official. */
  identify(person: Person, mentions: readonly Mention[]): Who | 'foreign' {
    const side = this.sideFromTitle(person, mentions);
    if (side === 'foreign') return 'foreign';
    const counterpart = /\bcounterparts?\b/i.test(person.title);
    const official = person.officialId ? this.known.get(person.officialId) : transliterationOf(person.name, [...this.known.values()]);
    if (official) {
      const names = [official.name, official.nativeName ?? '', ...official.aliases].map(nameKey);
      if (!names.includes(nameKey(person.name)) && !this.aliases.some((a) => a.official === official.id && nameKey(a.alias) === nameKey(person.name))) {
        this.aliases.push({ official: official.id, alias: person.name, quote: this.text.slice(person.titleStart, person.end) });
      }
      return { id: official.id, name: official.name, country: official.country, counterpart };
    }
    const fresh = this.freshPerson(person);
    fresh.country ??= side;
    return { id: fresh.id, name: fresh.name, ...(fresh.country ? { country: fresh.country } : {}), counterpart };
  }

  private freshPerson(person: Person): NewPerson {
    const key = nameKey(person.name);
    const id = person.officialId ?? newOfficialId(person.name);
    const existing =
      this.fresh.get(id) ??
      [...this.fresh.values()].find((f) => [...f.forms].some((form) => nameKey(form) === key || nameKey(shortName(form)) === key));
    if (existing) {
      existing.forms.add(person.name);
      if (person.name.length > existing.name.length) existing.name = person.name;
      return existing;
    }
    const native = /^\s*\(([^)]*[^\p{Script=Latin}\p{P}\s\d][^)]*)\)/u.exec(this.text.slice(person.end));
    const created: NewPerson = { id: this.freeId(id), name: person.name, forms: new Set([person.name]), first: person, ...(native ? { nativeName: native[1]!.trim() } : {}) };
    this.fresh.set(created.id, created);
    return created;
  }

  private freeId(id: string): string {
    let candidate = id;
    for (let n = 2; this.known.has(candidate) || this.fresh.has(candidate); n += 1) candidate = `${id}-${n}`;
    return candidate;
  }

  /** The party a person's title names (by word or by an organization in it), 'foreign', or nothing. */
  private sideFromTitle(person: Person, mentions: readonly Mention[]): string | 'foreign' | undefined {
    const words = `${person.title} ${person.apposition}`.split(/[\s,;]+/).filter((w) => w !== '');
    const countries = allCountryNames();
    for (const w of words) {
      const party = partyOfWord(w, this.parties);
      if (party) return party.code;
      if (isOtherNationality(w.replace(/(?:'s|’s)$/, ''), this.parties, countries)) return 'foreign';
    }
    const spanEnd = person.end + (person.apposition ? person.apposition.length + 4 : 0);
    for (const m of mentions) {
      if (m.organizationId === undefined || m.start < person.titleStart || m.end > spanEnd) continue;
      const org = this.organizations.find((o) => o.id === m.organizationId);
      if (org?.country) return org.country;
    }
    return undefined;
  }

  /** New people under every form the article uses, for the matcher's second pass. */
  freshEntities(): { id: string; names: string[] }[] {
    return [...this.fresh.values()].map((f) => ({ id: f.id, names: this.formsOf(f) }));
  }

  /** The forms of a new person, with the bare surname (or given name) when the article uses it alone and no one else has it. */
  formsOf(person: NewPerson): string[] {
    const forms = [...person.forms];
    const short = shortName(person.name);
    const taken = [...this.known.values()].some((o) => [o.name, ...o.aliases].some((n) => nameKey(n) === nameKey(short)));
    const others = [...this.fresh.values()].some((f) => f !== person && nameKey(shortName(f.name)) === nameKey(short));
    const count = (phrase: string) => countWords(this.text, phrase);
    const alone = count(short) > forms.filter((f) => f !== short && nameKey(f).endsWith(nameKey(short))).reduce((n, f) => n + count(f), 0);
    if (short.length > 2 && !taken && !others && alone) forms.push(short);
    return [...new Set(forms)];
  }
}

/** How often a phrase occurs as whole words (folded, as the matcher compares names). */
function countWords(text: string, phrase: string): number {
  const hay = ` ${nameKey(text)} `;
  const needle = ` ${nameKey(phrase)} `;
  let n = 0;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) n += 1;
  return n;
}
