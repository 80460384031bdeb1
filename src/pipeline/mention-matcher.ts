// Finds every name of every official and organization in a text. Names are compared as sequences of
// folded words (src/lib/fold-text.ts), so case, diacritics and punctuation do not matter and a match
// always starts and ends on a word boundary. A trie of words gives the longest match at each position
// in one walk: the cost is words of text × words of the longest name, however many names there are.
import { nameKey, tokenize } from '../lib/fold-text';
import type { Mention } from '../data/schema';
import type { CorpusOfficial, CorpusOrganization } from './corpus-schema';

export interface NamedEntity {
  kind: 'official' | 'organization';
  id: string;
  names: readonly string[];
}

export interface AmbiguousMention {
  start: number;
  end: number;
  /** The text as the article writes it. */
  text: string;
  /** Every entity the name could be, as `official:id` / `organization:id`, sorted. */
  candidates: string[];
}

/** Every name of the gazetteer: an official's name, native name and aliases; an organization's name and aliases. */
export function gazetteerEntities(officials: readonly CorpusOfficial[], organizations: readonly CorpusOrganization[]): NamedEntity[] {
  return [
    ...officials.map((o): NamedEntity => ({ kind: 'official', id: o.id, names: [o.name, ...(o.nativeName ? [o.nativeName] : []), ...o.aliases] })),
    ...organizations.map((o): NamedEntity => ({ kind: 'organization', id: o.id, names: [o.name, ...o.aliases] })),
  ];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Entities whose name ends at this node, as `kind:id`. */
  ends: Set<string>;
}

function newNode(): TrieNode {
  return { next: new Map(), ends: new Set() };
}

export class MentionMatcher {
  private readonly root = newNode();

  constructor(entities: Iterable<NamedEntity>) {
    for (const entity of entities) {
      for (const name of entity.names) {
        const words = nameKey(name).split(' ').filter((w) => w !== '');
        if (words.length === 0) continue;
        let node = this.root;
        for (const word of words) {
          let child = node.next.get(word);
          if (!child) {
            child = newNode();
            node.next.set(word, child);
          }
          node = child;
        }
        // A set: an entity may list the same name twice (e.g. its name again among its aliases).
        node.ends.add(`${entity.kind}:${entity.id}`);
      }
    }
  }

  /** Mentions sorted by start, plus the names that more than one entity shares (never guessed). */
  match(text: string): { mentions: Mention[]; ambiguous: AmbiguousMention[] } {
    const tokens = tokenize(text);
    const mentions: Mention[] = [];
    const ambiguous: AmbiguousMention[] = [];
    let i = 0;
    while (i < tokens.length) {
      let node: TrieNode | undefined = this.root;
      let best: { last: number; ends: Set<string> } | undefined;
      for (let j = i; j < tokens.length; j += 1) {
        node = node.next.get(tokens[j]!.token);
        if (!node) break;
        if (node.ends.size > 0) best = { last: j, ends: node.ends };
      }
      if (!best) {
        i += 1;
        continue;
      }
      const start = tokens[i]!.start;
      const end = tokens[best.last]!.end;
      if (best.ends.size > 1) {
        ambiguous.push({ start, end, text: text.slice(start, end), candidates: [...best.ends].sort() });
      } else {
        const [ref = ''] = best.ends;
        const colon = ref.indexOf(':');
        const entityId = ref.slice(colon + 1);
        mentions.push(ref.startsWith('official:') ? { start, end, officialId: entityId } : { start, end, organizationId: entityId });
      }
      i = best.last + 1;
    }
    return { mentions, ambiguous };
  }
}
