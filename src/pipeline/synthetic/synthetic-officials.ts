// Synthetic officials: unique names for every party, a title and a rank by seniority, and the Zipf-like
// skew of who appears in the news (the first officials of each party are "the ministers").
import type { Official } from '../../data/schema';
import { zipfSampler, type Random } from './seeded-random';
import { fillParty, type SyntheticParty } from './synthetic-parties';
import { FAMILY_NAMES, FIRST_NAMES, GIVEN_NAMES, MIDDLE_NAMES, PATRONYMICS, RANKS, SURNAMES, TITLES } from './synthetic-vocabulary';

export interface SyntheticOfficial {
  official: Official;
  /** Rank within the party: 0 is the most senior and the most frequent in the news. */
  rank: number;
  title: string;
  titleOrganizationId: string;
  /** "General", "Colonel General", ... */
  militaryRank: string;
  /** The form used in running text after the first mention (initials form in the second style, else the name). */
  shortForm: string;
}

export interface OfficialPool {
  all: SyntheticOfficial[];
  byCountry: Map<string, SyntheticOfficial[]>;
  /** Draws a seniority-skewed official of a party. */
  draw(country: string, random: Random): SyntheticOfficial;
}

/** Zipf exponent of appearances: about 1 gives "a few ministers in many events, most in a handful". */
const SKEW = 1.05;

/** The id of a party's organization with the vocabulary's `key` (see PARTY_ORGANIZATIONS). */
export function partyOrganizationId(party: SyntheticParty, key: string): string {
  return key === 'joint' ? 'syn-org-joint' : `syn-org-${party.code.toLowerCase()}-${key}`;
}

export function createOfficials(count: number, parties: readonly SyntheticParty[], random: Random): OfficialPool {
  const byCountry = new Map<string, SyntheticOfficial[]>(parties.map((p) => [p.code, []]));
  const usedNames = new Set<string>();
  const initialsCount = new Map<string, number>();
  const drafts: { party: SyntheticParty; name: string; nativeName: string; initials: string | null }[] = [];
  for (let i = 0; i < count; i++) {
    const party = parties[i % parties.length]!;
    const draft = uniqueName(party.style, random, usedNames);
    drafts.push({ party, ...draft });
    if (draft.initials) initialsCount.set(draft.initials, (initialsCount.get(draft.initials) ?? 0) + 1);
  }
  const all = drafts.map((d, i): SyntheticOfficial => {
    const rank = Math.floor(i / parties.length);
    const titles = TITLES[d.party.style]!;
    const ranks = RANKS[d.party.style];
    // Beyond the top posts, titles repeat from the deputies down (there are many deputies).
    const titleIndex = rank < titles.length ? rank : 3 + ((rank - 3) % (titles.length - 3));
    const [title, organizationKey] = titles[titleIndex]!;
    // An alias only when it names one official: "A.V. Ivanov" must not be ambiguous.
    const alias = d.initials && initialsCount.get(d.initials) === 1 ? d.initials : null;
    const official: Official = {
      id: `syn-${d.party.code.toLowerCase()}-${String(rank + 1).padStart(4, '0')}`,
      name: d.name,
      nativeName: d.nativeName,
      country: d.party.code,
      aliases: alias ? [alias] : [],
      roles: [],
    };
    const item: SyntheticOfficial = {
      official,
      rank,
      title: fillParty(title, d.party),
      titleOrganizationId: partyOrganizationId(d.party, organizationKey),
      militaryRank: ranks[Math.min(ranks.length - 1, Math.floor(Math.log2(rank + 1)))]!,
      shortForm: alias ?? d.name,
    };
    byCountry.get(d.party.code)!.push(item);
    return item;
  });
  const samplers = new Map([...byCountry].map(([code, list]) => [code, zipfSampler(Math.max(1, list.length), SKEW)]));
  return {
    all,
    byCountry,
    draw(country, r) {
      // With fewer officials than parties, a party without any falls back to whoever exists.
      const list = byCountry.get(country) ?? [];
      if (list.length === 0) return all[0]!;
      return list[samplers.get(country)!(r)]!;
    },
  };
}

function uniqueName(style: 0 | 1, random: Random, used: Set<string>) {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    if (style === 0) {
      const [f, m, g] = [random.pick(FAMILY_NAMES), random.pick(MIDDLE_NAMES), random.pick(GIVEN_NAMES)];
      const name = `${f[0]} ${m[0]} ${g[0]}`;
      if (used.has(name)) continue;
      used.add(name);
      return { name, nativeName: `${f[1]} ${m[1]} ${g[1]}`, initials: null };
    }
    const [f, p, s] = [random.pick(FIRST_NAMES), random.pick(PATRONYMICS), random.pick(SURNAMES)];
    const name = `${f[0]} ${p[0]} ${s[0]}`;
    if (used.has(name)) continue;
    used.add(name);
    return { name, nativeName: `${f[1]} ${p[1]} ${s[1]}`, initials: `${f[0][0]}.${p[0][0]}. ${s[0]}` };
  }
  throw new Error(`the synthetic name pool ran out: ask for fewer officials`);
}
