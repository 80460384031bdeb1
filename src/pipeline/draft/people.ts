// Who a sentence names. Known officials come from the gazetteer's matcher; a person it does not know is
// a run of capitalised words that a title introduces ("Defence Minister Tran Van Minh", "his Russian
// counterpart Andrei Petrov") or that a title follows ("Tran Van Minh, Chief of ..."). Each person comes
// with the title the text gives, which also tells their side.
import type { Mention } from '../../data/schema';

export interface Person {
  /** Offsets in the article. */
  start: number;
  end: number;
  /** The name as written. */
  name: string;
  /** Gazetteer id, when the name (or part of it) is a known official's. */
  officialId?: string;
  /** The title before the name, as written ("Russian Deputy Defence Minister Col. Gen."), and where it starts. */
  title: string;
  titleStart: number;
  /** The title after the name ("Chief of the General Staff"), as written. */
  apposition: string;
}

// Words of titles and ranks, as agency copy writes them.
const TITLE = new Set(
  (
    'Minister Ministers Deputy Vice Defence Defense National Prime President Chairman Chairwoman General Gen Gens Senior Lieutenant Lieut Lt ' +
    'Sen Colonel Col Major Maj Admiral Adm Rear Captain Capt Commander Cmdr Brigadier Brig Chief Head Director Secretary Permanent ' +
    'First State Staff Ambassador Army Navy Air Force Forces Armed Marshal Politburo Member Standing Party Central Military Commission ' +
    'counterpart counterparts Mr Mrs Ms Dr Madam Sir Comrade Acting Assistant Inspector Political Department Directorate Main Affairs'
  ).split(' '),
);
const MONTHS_AND_DAYS = new Set(
  ('January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday ' +
    'Saturday Sunday').split(' '),
);
// Capitalised words that start sentences or clauses but never names. The parties' names and
// nationality words are the caller's `isWordOfNote`, from the corpus description.
const NOT_NAMES = new Set(
  ('The A An In On At By To From For With As Of He She It They We His Her Their This That These Those Both During According Earlier Later ' +
    'After Before Also However Meanwhile While Since Following Speaking Regarding Describing Discussing Despite Photo See ' +
    'More Related News Comment').split(' '),
);
// One name word: a capitalised word, or initials ("A.V.", "S.").
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Lu}\.(?:\p{Lu}\.)*)$/u;
const WORD = /\p{Lu}\.(?:\s?\p{Lu}\.)*|[\p{L}\p{M}][\p{L}\p{M}'’-]*\.?/gu;
const CONNECTOR = new Set(['of', 'the', 'and', 'for', 'his', 'her', 'their']);

interface Word {
  start: number;
  end: number;
  text: string;
}

function words(text: string, offset: number): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] }));
}

const bare = (w: string) => w.replace(/\.$/, '');
const isTitleWord = (w: string) => TITLE.has(bare(w));
// The word just before a name that makes it a person's: a rank or an office.
const RANK_OR_OFFICE = new Set(
  ('Minister General Gen Colonel Col Major Maj Admiral Adm Lieutenant Lieut Lt Captain Capt Commander Cmdr Director Chief Secretary ' +
    'President Chairman Chairwoman Ambassador Marshal Mr Mrs Ms Dr Madam Comrade counterpart Brigadier Brig Head Inspector').split(' '),
);
const INITIALS = /^\p{Lu}\.(?:\s?\p{Lu}\.)*$/u;

/**
 * The people a sentence names. `mentions` are the gazetteer's mentions in the whole article (officials
 * and organizations); `isWordOfNote` says whether a capitalised word is a party or nationality word,
 * which a title may carry ("Russian") but a name never does.
 */
export function findPeople(article: string, sentence: { start: number; end: number }, mentions: readonly Mention[], isWordOfNote: (w: string) => boolean): Person[] {
  const list = words(article.slice(sentence.start, sentence.end), sentence.start);
  const inside = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  const officialAt = (w: Word) => inside.find((m) => m.officialId !== undefined && m.start === w.start);
  const inOrganization = (w: Word) => inside.some((m) => m.organizationId !== undefined && w.start >= m.start && w.start < m.end);
  const isName = (w: Word) => {
    const core = INITIALS.test(w.text) ? w.text : bare(w.text);
    return NAME_WORD.test(core) && !isTitleWord(core) && !MONTHS_AND_DAYS.has(core) && !isWordOfNote(core) && !inOrganization(w);
  };
  const people: Person[] = [];
  let floor = sentence.start;
  let i = 0;
  while (i < list.length) {
    const startsName = officialAt(list[i]!) !== undefined || (isName(list[i]!) && !NOT_NAMES.has(bare(list[i]!.text)));
    if (!startsName) {
      i += 1;
      continue;
    }
    // A run of name words, taking in known mentions (a first name the gazetteer lacks before a known surname).
    let j = i;
    let officialId: string | undefined;
    let end = list[i]!.start;
    while (j < list.length && j - i < 6) {
      const w = list[j]!;
      if (article.slice(end, w.start).trim() !== '' && j > i) break;
      const m = officialAt(w);
      if (m) {
        officialId ??= m.officialId;
        end = m.end;
        while (j < list.length && list[j]!.start < m.end) j += 1;
      } else if (isName(w)) {
        end = INITIALS.test(w.text) ? w.end : w.start + bare(w.text).length;
        j += 1;
      } else break;
    }
    const name = article.slice(list[i]!.start, end).replace(/[,]$/, '');
    const { title, titleStart } = titleBefore(article, list, i, floor);
    const apposition = appositionAfter(article, list[i]!.start + name.length, sentence.end);
    const before = i > 0 && list[i - 1]!.end >= floor ? bare(list[i - 1]!.text) : '';
    const cued = RANK_OR_OFFICE.has(before) || apposition !== '';
    if (officialId || (cued && (name.includes(' ') || name.length > 3))) {
      people.push({ start: list[i]!.start, end: list[i]!.start + name.length, name, ...(officialId ? { officialId } : {}), title, titleStart, apposition });
      floor = list[i]!.start + name.length;
    }
    i = Math.max(j, i + 1);
  }
  return people;
}

/** The run of title words (with "of", "the" inside) just before word `i`, not reaching back past `floor`. */
function titleBefore(article: string, list: Word[], i: number, floor: number): { title: string; titleStart: number } {
  let first = i;
  for (let k = i - 1; k >= 0; k -= 1) {
    const w = list[k]!;
    if (w.start < floor) break;
    const gap = article.slice(w.end, list[k + 1]!.start);
    if (/[,;:()"“”–—]|\s-\s/.test(gap) || gap.includes('\n')) break;
    const text = bare(w.text);
    if (isTitleWord(w.text) || /^\p{Lu}/u.test(text) || CONNECTOR.has(text)) first = k;
    else break;
  }
  while (first < i && CONNECTOR.has(bare(list[first]!.text).toLowerCase())) first += 1;
  if (first === i) return { title: '', titleStart: list[i]!.start };
  const titleStart = list[first]!.start;
  return { title: article.slice(titleStart, list[i]!.start).trim(), titleStart };
}

/** "…, Chief of the General Staff of …": the title after a name and a comma, up to the next comma, bracket, place or date. */
function appositionAfter(article: string, from: number, sentenceEnd: number): string {
  const rest = article.slice(from, sentenceEnd);
  const match = /^,\s*((?:(?:first|permanent|senior|standing)\s+)?(\p{L}+)[^,;()]*)/u.exec(rest);
  if (!match) return '';
  const head = match[2]!.replace(/^./, (c) => c.toUpperCase());
  if (!isTitleWord(head)) return '';
  return match[1]!
    .split(/\s+(?:in|on|at)\s+(?=\p{Lu})/u)[0]!
    .replace(/\s+(?:and|in|on|at)$/, '')
    .replace(/[.!?]$/, '')
    .trim();
}
