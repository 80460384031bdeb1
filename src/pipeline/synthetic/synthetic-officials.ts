// Synthetic officials: unique names on both sides, a title and a rank by seniority, and the Zipf-like
// skew of who appears in the news (the first officials of each country are "the ministers").
import type { Official } from '../../data/schema';
import { zipfSampler, type Random } from './seeded-random';
import {
  RU_FIRST, RU_PATRONYMIC, RU_RANKS, RU_SURNAME, RU_TITLE_ORG, RU_TITLES,
  VN_FAMILY, VN_GIVEN, VN_MIDDLE, VN_RANKS, VN_TITLE_ORG, VN_TITLES,
} from './synthetic-vocabulary';

export interface SyntheticOfficial {
  official: Official;
  /** Rank within the country: 0 is the most senior and the most frequent in the news. */
  rank: number;
  title: string;
  titleOrganizationId: string;
  /** "General", "Colonel General", ... */
  militaryRank: string;
  /** The form used in running text after the first mention (Russian initials form, else the name). */
  shortForm: string;
}

export interface OfficialPool {
  all: SyntheticOfficial[];
  byCountry: { VN: SyntheticOfficial[]; RU: SyntheticOfficial[] };
  /** Draws a seniority-skewed official of a country. */
  draw(country: 'VN' | 'RU', random: Random): SyntheticOfficial;
}

/** Zipf exponent of appearances: about 1 gives "a few ministers in many events, most in a handful". */
const SKEW = 1.05;

export function createOfficials(count: number, random: Random): OfficialPool {
  const byCountry: OfficialPool['byCountry'] = { VN: [], RU: [] };
  const usedNames = new Set<string>();
  const initialsCount = new Map<string, number>();
  const drafts: { country: 'VN' | 'RU'; name: string; nativeName: string; initials: string | null }[] = [];
  for (let i = 0; i < count; i++) {
    const country = i % 2 === 0 ? 'VN' : 'RU';
    const draft = uniqueName(country, random, usedNames);
    drafts.push({ country, ...draft });
    if (draft.initials) initialsCount.set(draft.initials, (initialsCount.get(draft.initials) ?? 0) + 1);
  }
  const all = drafts.map((d, i): SyntheticOfficial => {
    const rank = Math.floor(i / 2);
    const titles = d.country === 'VN' ? VN_TITLES : RU_TITLES;
    const titleOrgs = d.country === 'VN' ? VN_TITLE_ORG : RU_TITLE_ORG;
    const ranks = d.country === 'VN' ? VN_RANKS : RU_RANKS;
    // Beyond the top posts, titles repeat from the deputies down (there are many deputies).
    const titleIndex = rank < titles.length ? rank : 3 + ((rank - 3) % (titles.length - 3));
    // An alias only when it names one official: "A.V. Ivanov" must not be ambiguous.
    const alias = d.initials && initialsCount.get(d.initials) === 1 ? d.initials : null;
    const official: Official = {
      id: `syn-${d.country.toLowerCase()}-${String(rank + 1).padStart(4, '0')}`,
      name: d.name,
      nativeName: d.nativeName,
      country: d.country,
      aliases: alias ? [alias] : [],
      roles: [],
    };
    const item: SyntheticOfficial = {
      official,
      rank,
      title: titles[titleIndex] as string,
      titleOrganizationId: titleOrgs[titleIndex] as string,
      militaryRank: ranks[Math.min(ranks.length - 1, Math.floor(Math.log2(rank + 1)))] as string,
      shortForm: alias ?? d.name,
    };
    byCountry[d.country].push(item);
    return item;
  });
  const samplers = {
    VN: zipfSampler(Math.max(1, byCountry.VN.length), SKEW),
    RU: zipfSampler(Math.max(1, byCountry.RU.length), SKEW),
  };
  return {
    all,
    byCountry,
    draw(country, r) {
      // With a single official, both "countries" fall back to whoever exists.
      const list = byCountry[country].length > 0 ? byCountry[country] : all;
      const sample = byCountry[country].length > 0 ? samplers[country] : () => 0;
      return list[sample(r)] as SyntheticOfficial;
    },
  };
}

function uniqueName(country: 'VN' | 'RU', random: Random, used: Set<string>) {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    if (country === 'VN') {
      const [f, m, g] = [random.pick(VN_FAMILY), random.pick(VN_MIDDLE), random.pick(VN_GIVEN)];
      const name = `${f[0]} ${m[0]} ${g[0]}`;
      if (used.has(name)) continue;
      used.add(name);
      return { name, nativeName: `${f[1]} ${m[1]} ${g[1]}`, initials: null };
    }
    const [f, p, s] = [random.pick(RU_FIRST), random.pick(RU_PATRONYMIC), random.pick(RU_SURNAME)];
    const name = `${f[0]} ${p[0]} ${s[0]}`;
    if (used.has(name)) continue;
    used.add(name);
    return { name, nativeName: `${f[1]} ${p[1]} ${s[1]}`, initials: `${f[0][0]}.${p[0][0]}. ${s[0]}` };
  }
  throw new Error(`the synthetic name pool ran out: ask for fewer officials`);
}
