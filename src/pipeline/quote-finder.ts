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

// Why a quote was not found. Copying from a web page swaps characters that look alike: the article has
// a curly apostrophe where the quote has a straight one, an en dash for a hyphen, a non-breaking space.
// Compared with those told apart only leniently, the nearest passage is found, then the first place
// where the quote and the passage really differ is named.

export interface QuoteDiagnosis {
  /** The article's passage nearest to the quote, as it stands in the text. */
  passage: string;
  /** 1-based line of the passage in the article. */
  line: number;
  /** Where the quote and the passage first differ, if a passage was found. */
  difference?: { index: number; quoteChar: string; textChar: string; culprit?: string };
}

const LOOKALIKES: { name: string; chars: string; canonical: string }[] = [
  { name: 'curly against straight apostrophe', chars: "'’‘`´ʼ′", canonical: "'" },
  { name: 'curly against straight quotation mark', chars: '"“”„«»″', canonical: '"' },
  { name: 'dash against hyphen (- – — ‑ −)', chars: '-–—‐‑‒−', canonical: '-' },
];
const SPACES = /[\s\u200b]/;

function lenientChar(ch: string): string {
  for (const group of LOOKALIKES) if (group.chars.includes(ch)) return group.canonical;
  return SPACES.test(ch) ? ' ' : ch.toLowerCase();
}

/** The lenient copy of a string with, for each of its characters, the index it came from. */
function lenient(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = lenientChar(text[i]!);
    if (ch === ' ' && inSpace) continue;
    inSpace = ch === ' ';
    folded += ch;
    origin.push(i);
  }
  return { folded, origin };
}

/** Length of the longest prefix of `needle` found in `hay`, and where (binary search on the length). */
function longestPrefixIn(hay: string, needle: string): { length: number; at: number } {
  let low = 0;
  let high = needle.length;
  let at = -1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const found = hay.indexOf(needle.slice(0, mid));
    if (found >= 0) {
      low = mid;
      at = found;
    } else {
      high = mid - 1;
    }
  }
  return { length: low, at: low === 0 ? -1 : at };
}

function name(ch: string): string {
  if (ch === '') return 'nothing more';
  if (ch === '\n') return 'a line break';
  if (ch === '\u00a0') return 'a non-breaking space (U+00A0)';
  if (ch === ' ') return 'a space';
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${JSON.stringify(ch)} (${code})`;
}

function culpritOf(quoteChar: string, textChar: string): string | undefined {
  for (const group of LOOKALIKES) if (group.chars.includes(quoteChar) && group.chars.includes(textChar)) return group.name;
  if (quoteChar === '\n' || textChar === '\n') return 'a line break';
  if (/[\u00a0\u2007\u202f]/.test(quoteChar + textChar)) return 'a non-breaking space';
  if (quoteChar !== '' && quoteChar.toLowerCase() === textChar.toLowerCase()) return 'upper against lower case';
  return undefined;
}

/** The nearest passage to a quote that was not found, and where they first differ. */
export function diagnoseMissingQuote(text: string, quote: string): QuoteDiagnosis | undefined {
  const wanted = quote.trim();
  const hay = lenient(text);
  const needle = lenient(wanted).folded;
  if (needle === '' || hay.folded === '') return undefined;
  // Anchor on the longest matching prefix and the longest matching suffix: when they meet in a passage
  // of about the quote's length it is the one (a quote wrong in the middle); else on the longer one (a
  // quote whose first word is wrong is still found by its end).
  const prefix = longestPrefixIn(hay.folded, needle);
  const reversedHay = [...hay.folded].reverse().join('');
  const suffix = longestPrefixIn(reversedHay, [...needle].reverse().join(''));
  const suffixEnd = suffix.at < 0 ? -1 : hay.folded.length - suffix.at;
  let startFolded: number;
  let endFolded: number;
  if (prefix.at >= 0 && suffixEnd > prefix.at && suffixEnd - prefix.at <= needle.length * 1.5 + 8) {
    startFolded = prefix.at;
    endFolded = suffixEnd;
  } else if (prefix.length >= suffix.length) {
    if (prefix.at < 0) return undefined;
    startFolded = prefix.at;
    endFolded = Math.min(hay.folded.length, startFolded + needle.length);
  } else {
    endFolded = suffixEnd;
    startFolded = Math.max(0, endFolded - needle.length);
  }
  const start = hay.origin[startFolded]!;
  const end = hay.origin[endFolded - 1]! + 1;
  const passage = text.slice(start, end);
  const line = text.slice(0, start).split('\n').length;
  return { passage, line, difference: firstDifference(wanted, passage) };
}

/** First index (in the quote) where quote and passage differ; whitespace runs compare equal, as in find(). */
function firstDifference(quote: string, passage: string): QuoteDiagnosis['difference'] {
  const plainSpace = (c: string | undefined) => c !== undefined && /\s/.test(c) && c !== '\u00a0';
  // A whitespace run that holds a line break is reported as the line break.
  const at = (s: string, i: number) => {
    if (!plainSpace(s[i])) return s[i] ?? '';
    let j = i;
    while (plainSpace(s[j])) j += 1;
    return s.slice(i, j).includes('\n') ? '\n' : s[i]!;
  };
  let q = 0;
  let p = 0;
  while (q < quote.length && p < passage.length) {
    if (plainSpace(quote[q]) && plainSpace(passage[p])) {
      while (plainSpace(quote[q])) q += 1;
      while (plainSpace(passage[p])) p += 1;
      continue;
    }
    if (quote[q] !== passage[p]) break;
    q += 1;
    p += 1;
  }
  if (q >= quote.length && p >= passage.length) return undefined;
  const a = at(quote, q);
  const b = at(passage, p);
  return { index: q, quoteChar: a, textChar: b, ...withCulprit(a, b) };
}

function withCulprit(a: string, b: string): { culprit?: string } {
  const culprit = culpritOf(a, b);
  return culprit === undefined ? {} : { culprit };
}

/** The lines a build error prints under "quote not found". */
export function formatMissingQuote(text: string, quote: string): string {
  const lines = [`  quote:   ${JSON.stringify(quote)}`];
  const diagnosis = diagnoseMissingQuote(text, quote);
  if (!diagnosis) return [...lines, '  nearest: nothing in the article resembles it'].join('\n');
  lines.push(`  nearest: ${JSON.stringify(diagnosis.passage)} (article line ${diagnosis.line})`);
  const d = diagnosis.difference;
  if (d) {
    const context = quote.slice(Math.max(0, d.index - 20), d.index);
    const where = `character ${d.index + 1} of the quote, after ${JSON.stringify(context)}`;
    const what = `the quote has ${name(d.quoteChar)} where the article has ${name(d.textChar)}`;
    lines.push(`  first difference at ${where}: ${what}${d.culprit ? ` (${d.culprit})` : ''}`);
  }
  return lines.join('\n');
}
