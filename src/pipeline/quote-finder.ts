// Quotes are copied from an article by hand; where the copy breaks a line differently or collapses a
// line break into a space, it still names the same passage. So whitespace runs compare equal, while
// the offsets point into the real text, which is what the app highlights.

export type QuoteMatch =
  | { kind: 'found'; start: number; end: number }
  | { kind: 'missing' }
  | { kind: 'ambiguous'; count: number };

/** Finds quotes in one article. Build once per article: the whitespace-folded copy is made once. */
export class QuoteFinder {
  private readonly folded: string;
  /** origin[i] is the index in the real text of folded[i] (a run of whitespace maps to its first char). */
  private readonly origin: Int32Array;

  constructor(text: string) {
    const origin = new Int32Array(text.length);
    let folded = '';
    let length = 0;
    let chunkStart = 0;
    // Build the folded copy in chunks between whitespace runs: one string append per run, not per char.
    for (const match of text.matchAll(/\s+/g)) {
      folded += text.slice(chunkStart, match.index) + ' ';
      for (let i = chunkStart; i < match.index; i += 1) origin[length++] = i;
      origin[length++] = match.index;
      chunkStart = match.index + match[0].length;
    }
    folded += text.slice(chunkStart);
    for (let i = chunkStart; i < text.length; i += 1) origin[length++] = i;
    this.folded = folded;
    this.origin = origin.subarray(0, length);
  }

  find(quote: string): QuoteMatch {
    const needle = quote.trim().replace(/\s+/g, ' ');
    if (needle === '') return { kind: 'missing' };
    const first = this.folded.indexOf(needle);
    if (first < 0) return { kind: 'missing' };
    let count = 1;
    for (let at = this.folded.indexOf(needle, first + 1); at >= 0; at = this.folded.indexOf(needle, at + 1)) count += 1;
    if (count > 1) return { kind: 'ambiguous', count };
    const last = first + needle.length - 1;
    return { kind: 'found', start: this.origin[first] ?? 0, end: (this.origin[last] ?? 0) + 1 };
  }
}
