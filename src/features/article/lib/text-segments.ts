// Splits an article's text into runs for rendering: evidence passages (<mark>) and plain text,
// each made of pieces that are plain text or a mention of an official or organization. Offsets
// come from data files that may be edited by hand, so everything is clamped, sorted and
// de-overlapped here: overlapping marks merge; of overlapping mentions the earlier (then longer)
// one wins; a mention inside a mark stays a mention inside the mark, and one that straddles a
// mark's edge is split in two pieces that both keep the mention.
import type { EvidenceClaim, Mention, Span } from '../../../data/schema';

export interface TextPiece {
  start: number;
  end: number;
  text: string;
  officialId?: string;
  organizationId?: string;
}

export interface TextRun {
  /** Index of the evidence passage (0 = the first, the one scrolled into view), or null for plain text. */
  mark: number | null;
  pieces: TextPiece[];
}

/** An evidence passage as shown: overlapping passages merged, with everything any of them supports. */
export interface MergedMark {
  start: number;
  end: number;
  supports: EvidenceClaim[];
}

const CLAIM_ORDER: readonly EvidenceClaim[] = ['who', 'when', 'where', 'what'];

interface Range {
  start: number;
  end: number;
}

function clampRange<T extends Range>(r: T, length: number): T | null {
  const start = Math.max(0, Math.min(length, Math.floor(r.start)));
  const end = Math.max(0, Math.min(length, Math.floor(r.end)));
  return Number.isFinite(start) && Number.isFinite(end) && end > start ? { ...r, start, end } : null;
}

export function mergeMarks(marks: readonly (Span & { supports?: readonly EvidenceClaim[] })[], length: number): MergedMark[] {
  const sorted = marks
    .map((m) => clampRange(m, length))
    .filter((m): m is Span & { supports?: readonly EvidenceClaim[] } => m !== null)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: MergedMark[] = [];
  for (const m of sorted) {
    const last = merged.at(-1);
    // Hand-edited data may carry a claim twice or an unknown one: keep known claims, once, in a fixed order.
    const supports = (m.supports ?? []).filter((c) => CLAIM_ORDER.includes(c));
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      last.supports = CLAIM_ORDER.filter((c) => last.supports.includes(c) || supports.includes(c));
    } else {
      merged.push({ start: m.start, end: m.end, supports: CLAIM_ORDER.filter((c) => supports.includes(c)) });
    }
  }
  return merged;
}

export function nonOverlappingMentions(mentions: readonly Mention[], length: number): Mention[] {
  const sorted = mentions
    .map((m) => clampRange(m, length))
    .filter((m): m is Mention => m !== null)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of sorted) {
    const last = kept.at(-1);
    if (!last || m.start >= last.end) kept.push(m);
  }
  return kept;
}

export function segmentText(text: string, marks: readonly (Span & { supports?: readonly EvidenceClaim[] })[], mentions: readonly Mention[]): TextRun[] {
  const length = text.length;
  const merged = mergeMarks(marks, length);
  const kept = nonOverlappingMentions(mentions, length);

  const cuts = new Set<number>([0, length]);
  for (const r of merged) cuts.add(r.start).add(r.end);
  for (const m of kept) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);

  const runs: TextRun[] = [];
  let mi = 0; // next mark that may cover the current interval
  let ni = 0; // next mention that may cover it
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (mi < merged.length && merged[mi]!.end <= start) mi++;
    while (ni < kept.length && kept[ni]!.end <= start) ni++;
    const mark = mi < merged.length && merged[mi]!.start <= start ? mi : null;
    const mention = ni < kept.length && kept[ni]!.start <= start ? kept[ni]! : null;

    let run = runs.at(-1);
    if (!run || run.mark !== mark) {
      run = { mark, pieces: [] };
      runs.push(run);
    }
    const last = run.pieces.at(-1);
    if (!mention && last && last.officialId === undefined && last.organizationId === undefined) {
      // Two plain intervals side by side (a cut from something that did not apply here): join them.
      last.end = end;
      last.text = text.slice(last.start, end);
      continue;
    }
    const piece: TextPiece = { start, end, text: text.slice(start, end) };
    if (mention?.officialId !== undefined) piece.officialId = mention.officialId;
    if (mention?.organizationId !== undefined) piece.organizationId = mention.organizationId;
    run.pieces.push(piece);
  }
  return runs;
}
