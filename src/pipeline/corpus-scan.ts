// corpus:scan's logic: what a curator needs before annotating an article — whom it names that the
// gazetteer knows, which dates it contains (resolved against the publication date), and which
// name-like phrases the gazetteer does not know yet. Pure: the CLI reads the files.
import type { CorpusOfficial, CorpusOrganization, DateOrder } from './corpus-schema';
import { findDateExpressions, readPoint } from './date-expressions';
import { gazetteerEntities, MentionMatcher, type AmbiguousMention } from './mention-matcher';

export interface ScanCount {
  id: string;
  name: string;
  count: number;
}

export interface ScanDate {
  /** The phrase as the article writes it. */
  text: string;
  line: number;
  /** YYYY-MM-DD, YYYY-MM or YYYY, as far as the phrase is precise. */
  date: string;
  endDate?: string;
  /** Components the phrase does not print and the parser took from the reference date. */
  implied: string[];
}

export interface ScanPhrase {
  phrase: string;
  count: number;
  line: number;
}

export interface ScanResult {
  officials: ScanCount[];
  organizations: ScanCount[];
  ambiguous: AmbiguousMention[];
  dates: ScanDate[];
  unknownNames: ScanPhrase[];
}

export interface Gazetteer {
  officials: readonly CorpusOfficial[];
  organizations: readonly CorpusOrganization[];
}

export function scanArticle(text: string, gazetteer: Gazetteer, referenceDate: Date, order?: DateOrder): ScanResult {
  const { mentions, ambiguous } = new MentionMatcher(gazetteerEntities(gazetteer.officials, gazetteer.organizations)).match(text);
  const count = (list: readonly { id: string; name: string }[], key: 'officialId' | 'organizationId'): ScanCount[] =>
    list
      .map((e) => ({ id: e.id, name: e.name, count: mentions.filter((m) => m[key] === e.id).length }))
      .filter((c) => c.count > 0)
      .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  const covered = [...mentions, ...ambiguous];
  return {
    officials: count(gazetteer.officials, 'officialId'),
    organizations: count(gazetteer.organizations, 'organizationId'),
    ambiguous,
    dates: findDates(text, referenceDate, order),
    unknownNames: findUnknownNames(text, covered),
  };
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/** Dates the shared reader finds (src/pipeline/date-expressions.ts), read against the reference day. */
export function findDates(text: string, referenceDate: Date, order?: DateOrder): ScanDate[] {
  const reference = referenceDate.toISOString().slice(0, 10);
  return findDateExpressions(text, { reference, ...(order ? { order } : {}) }).map((e) => {
    const start = readPoint(e.start, { publishedAt: reference });
    const end = e.end ? readPoint(e.end, { publishedAt: reference }) : undefined;
    const implied = (['year', 'month', 'day'] as const).filter((k) => {
      if (e.start[k] !== null) return false;
      const precision = start?.precision ?? 'year';
      return k === 'year' || (k === 'month' && precision !== 'year') || (k === 'day' && precision === 'day');
    });
    return {
      text: e.text,
      line: lineAt(text, e.index),
      date: start?.value ?? '?',
      ...(end && end.value !== start?.value ? { endDate: end.value } : {}),
      implied,
    };
  });
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.-][\p{L}\p{M}\p{N}]+)*\.?/gu;
// Lower-case words that stay inside a name: "Main Directorate for Political-Military Affairs".
const CONNECTORS = new Set(['of', 'the', 'for', 'de', 'da', 'van', 'von', 'der']);
// Words capitalised only because a sentence starts with them.
const SENTENCE_STARTERS = new Set(
  ('The A An In On At By To From For With As Of He She It They We You I This That These Those There Here His Her Their Its Our ' +
    'Both During According Earlier Later After Before Also However Meanwhile Under Over When While Since Following Speaking ' +
    'Besides Moreover Furthermore Additionally Then Now Today Yesterday Tomorrow Last Next Such Other Each Every All Many Some')
    .split(' '),
);
const CALENDAR_WORDS = new Set(
  ('January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday').split(' '),
);

/** Runs of capitalised words (with connectors inside) not covered by a known or ambiguous mention. */
export function findUnknownNames(text: string, covered: readonly { start: number; end: number }[]): ScanPhrase[] {
  const isCovered = (start: number, end: number) => covered.some((m) => start < m.end && end > m.start);
  const found = new Map<string, ScanPhrase>();
  let run: { start: number; end: number; words: string[]; pending: string[] } | undefined;
  const flush = () => {
    if (run) addPhrase(text, run.start, run.words, found);
    run = undefined;
  };
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(/\.$/, '');
    const start = match.index;
    const gap = text.slice(previousEnd, start);
    previousEnd = start + match[0].length;
    const joined = run !== undefined && /^[ \t-]*$/.test(gap) && !/\.$/.test(text.slice(run.end - 1, run.end));
    if (!joined) flush();
    const capital = /^\p{Lu}/u.test(word) && !CALENDAR_WORDS.has(word) && !isCovered(start, start + word.length);
    if (capital) {
      if (run) run.words.push(...run.pending, word);
      else run = { start, end: start, words: [word], pending: [] };
      run.pending = [];
      run.end = start + match[0].length;
    } else if (run && CONNECTORS.has(word)) {
      run.pending.push(word);
    } else {
      flush();
    }
  }
  flush();
  return [...found.values()].sort((a, b) => b.count - a.count || a.line - b.line || (a.phrase < b.phrase ? -1 : 1));
}

function addPhrase(text: string, start: number, words: string[], found: Map<string, ScanPhrase>): void {
  const before = text.slice(0, start);
  const sentenceStart = /(^|\n|[.!?:]["”’']?\s+)\s*$/.test(before);
  const kept = sentenceStart && SENTENCE_STARTERS.has(words[0] ?? '') ? words.slice(1) : words;
  while (kept.length > 0 && CONNECTORS.has(kept[0]!)) kept.shift();
  if (kept.length === 0 || (kept.length === 1 && kept[0]!.length < 2)) return;
  const phrase = kept.join(' ');
  const entry = found.get(phrase);
  if (entry) entry.count += 1;
  else found.set(phrase, { phrase, count: 1, line: lineAt(text, start) });
}

/** The report corpus:scan prints. */
export function formatScan(result: ScanResult, heading: string): string {
  const lines = [heading, '', 'Known officials:'];
  const counts = (list: ScanCount[]) => (list.length === 0 ? ['  (none)'] : list.map((c) => `  ${c.id} (${c.name}) ×${c.count}`));
  lines.push(...counts(result.officials), '', 'Known organizations:', ...counts(result.organizations));
  if (result.ambiguous.length > 0) {
    lines.push('', 'Ambiguous names (the build will fail on these):');
    for (const a of result.ambiguous) lines.push(`  "${a.text}" could be ${a.candidates.join(' or ')}`);
  }
  lines.push('', 'Dates:');
  if (result.dates.length === 0) lines.push('  (none)');
  for (const d of result.dates) {
    const range = d.endDate && d.endDate !== d.date ? `${d.date}..${d.endDate}` : d.date;
    const implied = d.implied.length > 0 ? `  (${d.implied.join(', ')} implied)` : '';
    lines.push(`  line ${d.line}: ${range}  "${d.text.replace(/\s+/g, ' ')}"${implied}`);
  }
  lines.push('', 'Unknown names:');
  if (result.unknownNames.length === 0) lines.push('  (none)');
  for (const p of result.unknownNames) lines.push(`  ${p.phrase} ×${p.count}  (first on line ${p.line})`);
  return lines.join('\n');
}
