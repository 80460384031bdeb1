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

/**
 * Words shorter than this match only whole words: a one-letter prefix matches most of a large corpus,
 * which costs much and tells the reader nothing. In the articles' text, whose words are many and
 * varied, a prefix needs one letter more.
 */
export const MIN_PREFIX = 2;
export const MIN_BODY_PREFIX = 3;

/** Whether a folded word matches a folded query term: as a prefix when the term is long enough, else whole. */
export const matchesTerm = (term: string, word: string, minPrefix = MIN_PREFIX): boolean => (term.length >= minPrefix ? word.startsWith(term) : word === term);

/**
 * Spans of `text` whose words match any of the query's terms, in order. `limit` bounds the work on
 * very long texts; `minPrefix` is the search's rule for the field the text is.
 */
export function findHits(text: string, terms: readonly string[], limit = 500, minPrefix = MIN_PREFIX): { start: number; end: number }[] {
  if (terms.length === 0) return [];
  const hits: { start: number; end: number }[] = [];
  for (const w of words(text)) {
    if (terms.some((t) => matchesTerm(t, w.term, minPrefix))) hits.push({ start: w.start, end: w.end });
    if (hits.length >= limit) break;
  }
  return hits;
}

/** The hits of a raw query in an article's text: what the article panel marks (as the search matched it). */
export function findQueryHits(text: string, query: string): { start: number; end: number }[] {
  return findHits(text, queryTerms(query), 500, MIN_BODY_PREFIX);
}
