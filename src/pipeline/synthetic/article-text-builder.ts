// Builds an article's text piece by piece and records, as it goes, the offsets of what it writes:
// the mentions of officials and the spans of the sentences that report an event. Offsets are taken
// from the text as it is built, so they are exact by construction (the tests check them anyway).
import type { Mention, Span } from '../../data/schema';

export class ArticleTextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private spanStart = -1;
  readonly mentions: Mention[] = [];
  words = 0;

  get offset(): number {
    return this.length;
  }

  add(text: string): this {
    this.parts.push(text);
    this.length += text.length;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) this.words++;
    return this;
  }

  /** Writes a name and records it as a mention of the official. */
  addOfficial(name: string, officialId: string): this {
    const start = this.length;
    this.add(name);
    this.mentions.push({ start, end: this.length, officialId });
    return this;
  }

  /** Writes text and returns its span (used for role titles). */
  addSpan(text: string): Span {
    const start = this.length;
    this.add(text);
    return { start, end: this.length };
  }

  beginSpan(): void {
    this.spanStart = this.length;
  }

  endSpan(): Span {
    if (this.spanStart < 0) throw new Error('endSpan without beginSpan');
    const span = { start: this.spanStart, end: this.length };
    this.spanStart = -1;
    return span;
  }

  text(): string {
    return this.parts.join('');
  }
}

/**
 * Finds whole-word occurrences of the given names in a text, longest name first, never overlapping
 * one another or the spans already taken (the official mentions written by the builder).
 */
export function findNameMentions(
  text: string,
  names: readonly { name: string; organizationId: string }[],
  taken: readonly Span[],
): Mention[] {
  const sorted = [...names].sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : 1));
  const used: Span[] = [...taken];
  const found: Mention[] = [];
  const isWordChar = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  for (const { name, organizationId } of sorted) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(name, from);
      if (start < 0) break;
      const end = start + name.length;
      from = start + 1;
      if (start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
      if (end < text.length && isWordChar(text.charCodeAt(end))) continue;
      if (used.some((s) => start < s.end && end > s.start)) continue;
      used.push({ start, end });
      found.push({ start, end, organizationId });
    }
  }
  return found;
}
