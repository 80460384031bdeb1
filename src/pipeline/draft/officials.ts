// Who a person named in the article is: a gazetteer official (by a name the gazetteer knows, or by a
// transliteration of it: Shoygu/Shoigu, Andrei/Andrey, Aleksandr/Alexander), or someone new, whose
// every form in the article becomes an alias. New ids are the name's folded words joined by hyphens.
import { nameKey } from '../../lib/fold-text';
import type { CorpusOfficial } from '../corpus-schema';

/** A word as it sounds across transliterations: y/i, ks/x, doubled letters, a final -ey/-ei. */
export function transliterationKey(word: string): string {
  return nameKey(word)
    .replace(/ks/g, 'x')
    .replace(/[yj]/g, 'i')
    .replace(/ii/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/e(?=r$)/, '');
}

function sameName(a: string, b: string): boolean {
  const wa = nameKey(a).split(' ').map(transliterationKey);
  const wb = nameKey(b).split(' ').map(transliterationKey);
  if (wa.length === 0 || wa.length !== wb.length) return false;
  return wa.every((w, i) => w === wb[i] || (w.length === 1 && wb[i]!.startsWith(w)) || (wb[i]!.length === 1 && w.startsWith(wb[i]!)));
}

/** The gazetteer official whose name or alias this is under another transliteration, if exactly one. */
export function transliterationOf(name: string, officials: readonly CorpusOfficial[]): CorpusOfficial | undefined {
  const matches = officials.filter((o) => [o.name, ...o.aliases].some((known) => sameName(known, name)));
  return matches.length === 1 ? matches[0] : undefined;
}

export function newOfficialId(name: string): string {
  return nameKey(name).replace(/ /g, '-');
}

/** The last word of a name ("Petrov", "Minh"): how later sentences usually refer to the person. */
export function shortName(name: string): string {
  return name.split(/\s+/).at(-1)!.replace(/^\p{Lu}\.(?:\p{Lu}\.)*/u, '');
}
