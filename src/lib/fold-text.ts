// Folding for matching names the way people type them: case, diacritics (Vietnamese included: đ is
// not decomposed by Unicode, so it is mapped by hand) and punctuation do not matter.

/** Lower-case, strip combining marks, map đ/Đ to d. Keeps length-independent meaning only: not offset-safe. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

export interface Token {
  /** The folded word. */
  token: string;
  /** Offsets of the word in the original string (JavaScript string indices). */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Split text into folded words with their original offsets; punctuation and spaces separate words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ token: foldText(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The folded words of a name, joined by single spaces: "A.V. Fomin" and "a v fomin" give the same key. */
export function nameKey(name: string): string {
  return tokenize(name)
    .map((t) => t.token)
    .join(' ');
}
