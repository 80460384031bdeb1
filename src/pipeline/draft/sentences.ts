// Sentence bounds for drafting. Intl.Segmenter does the work; two things agency copy does that it does
// not expect are fixed after it: rank abbreviations ("Sen. Lieut. Gen. Nguyen Chi Vinh", "A.V. Fomin")
// are not sentence ends, and a full stop glued to the next sentence ("agreements.The agreement") is.

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// Words that end in a full stop without ending a sentence: ranks, titles, initials.
const ABBREVIATION = /(?:^|[\s(.])(?:Sen|Lieut|Lt|Gen|Col|Maj|Adm|Capt|Cmdr|Brig|Rear|Vice|Dep|Mr|Mrs|Ms|Dr|Prof|Gov|St|No|[A-Z](?:\.[A-Z])*)\.$/;
// A sentence glued to the previous one: a lower-case word of two letters or more, a stop, a capital.
const GLUED = /(?<=\p{Ll}{2}[.!?]["”’)]?)(?=\p{Lu})/gu;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentences of a text with their offsets; each is trimmed and none is empty. */
export function splitSentences(text: string): Sentence[] {
  const pieces: { start: number; end: number }[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    let from = index;
    for (const glued of segment.matchAll(GLUED)) {
      if (ABBREVIATION.test(segment.slice(0, glued.index))) continue;
      pieces.push({ start: from, end: index + glued.index });
      from = index + glued.index;
    }
    pieces.push({ start: from, end: index + segment.length });
  }
  const merged: { start: number; end: number }[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    const lastText = last ? text.slice(last.start, last.end).trimEnd() : '';
    const sameLine = last !== undefined && !text.slice(last.start, piece.start).includes('\n');
    if (last && sameLine && ABBREVIATION.test(lastText)) last.end = piece.end;
    else merged.push({ ...piece });
  }
  return merged.flatMap(({ start, end }) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    return trimmed === '' ? [] : [{ start: start + lead, end: start + lead + trimmed.length, text: trimmed }];
  });
}
