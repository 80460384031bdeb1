// The search's own folding. Words are found in the ORIGINAL text and only each word is folded, so
// every folded term keeps the offsets of the word it came from: a hit maps back to an exact span.
// Folding ignores case and diacritics both ways ("Lương" = "luong", "đ" = "d"); punctuation separates
// words; other scripts (Cyrillic) stay as they are, lower-cased.

/** A word: letters, digits and the combining marks that belong to them (text may be decomposed). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** Anything but printable ASCII (words hold no control characters). */
const NOT_PLAIN_ASCII = /[^ -~]/;

export interface WordSpan {
  /** The folded word. */
  term: string;
  /** Its span in the original text (JavaScript string indices). */
  start: number;
  end: number;
}

/** Fold one word: decompose, drop combining marks, map đ/Đ (which Unicode does not decompose), lower-case. */
export function foldWord(word: string): string {
  // Plain ASCII has nothing to decompose: the common case, and the cheap one.
  if (!NOT_PLAIN_ASCII.test(word)) return word.toLowerCase();
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐÐ]/g, 'd')
    .toLowerCase();
}

/** Every word of `text` with its folded form and original span. */
export function words(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) out.push({ term: foldWord(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

/** The tokenizer MiniSearch uses, for documents and queries alike: the words, unfolded. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The folded, distinct terms of a query, in order. */
export function queryTerms(query: string): string[] {
  return [...new Set(words(query).map((w) => w.term).filter((t) => t !== ''))];
}

/** Whether a folded word matches a folded query term (the term is a prefix of the word). */
export const matchesTerm = (term: string, word: string): boolean => word.startsWith(term);

/**
 * Spans of `text` whose words match any of the query's terms (as prefixes), in order. `limit`
 * bounds the work on very long texts.
 */
export function findHits(text: string, terms: readonly string[], limit = 500): { start: number; end: number }[] {
  if (terms.length === 0) return [];
  const hits: { start: number; end: number }[] = [];
  for (const w of words(text)) {
    if (terms.some((t) => matchesTerm(t, w.term))) hits.push({ start: w.start, end: w.end });
    if (hits.length >= limit) break;
  }
  return hits;
}

/** The hits of a raw query in a text: what the article panel marks. */
export function findQueryHits(text: string, query: string): { start: number; end: number }[] {
  return findHits(text, queryTerms(query));
}
