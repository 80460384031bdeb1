// The search itself, pure: every word of the query must match an event, in any of the places an event
// is found by (its title, place or summary; a participant's or organization's name; its articles'
// text), as a word prefix. Title and participant hits rank above place, summary and body text. Hits
// are found again in the original text (./fold) for the highlights.
import { quickselect } from 'd3-array';
import { findHits, MIN_BODY_PREFIX, MIN_PREFIX, queryTerms } from './fold';
import { BOOST, NAME_SEPARATOR, type SearchEngine } from './search-index';

export { addArticles, allArticlesIndexed, buildSearchEngine, type SearchEngine } from './search-index';

export interface Hit {
  start: number;
  end: number;
}

export interface Snippet {
  field: 'summary' | 'names' | 'place' | 'body';
  /** The excerpt (a slice of the original text) and the hits in it. */
  text: string;
  hits: Hit[];
  clippedStart: boolean;
  clippedEnd: boolean;
  articleId?: string;
}

export interface ResultItem {
  id: string;
  titleHits: Hit[];
  snippet: Snippet | null;
}

export interface SearchAnswer {
  query: string;
  /** Every matching event id, in the file's (the dataset's) order: the views filter on them. */
  eventIds: string[];
  /** The best `limit` of them, best first, with their highlights. */
  items: ResultItem[];
  /** Officials whose names match, best first. */
  officialIds: string[];
  /** How many of the articles' texts were searched: fewer than all while they are still being indexed. */
  articlesSearched: number;
  articlesTotal: number;
}

/** The words of a query that count (a longer query is cut here; every word must match anyway). */
export const MAX_TERMS = 24;
const EXCERPT_BEFORE = 60;
const EXCERPT_LENGTH = 220;
const MAX_OFFICIALS = 5;

interface TermMatches {
  /** Score of each event (by position) for this term; 0 when it does not match. */
  events: Float64Array;
  /** Score of each name entry for this term. */
  names: Map<number, number>;
  articles: Set<number>;
}

/** What each word of the last query matched: typing changes only the last word, so the others are reused. */
const lastTerms = new WeakMap<SearchEngine, { articlesSearched: number; terms: Map<string, TermMatches> }>();

function matchTerm(engine: SearchEngine, term: string): TermMatches {
  const options = { prefix: term.length >= MIN_PREFIX };
  const bodyOptions = { prefix: term.length >= MIN_BODY_PREFIX };
  const events = new Float64Array(engine.file.events.length);
  for (const r of engine.events.search(term, { ...options, boost: { title: BOOST.title, place: BOOST.place, summary: BOOST.summary } })) events[r.id as number]! += r.score;
  const names = new Map<number, number>();
  for (const r of engine.names.search(term, options)) {
    names.set(r.id as number, r.score);
    for (const e of engine.eventsOfName[r.id as number] ?? []) events[e]! += r.score * BOOST.names;
  }
  const articles = new Set<number>();
  for (const r of engine.articles.search(term, bodyOptions)) {
    articles.add(r.id as number);
    for (const e of engine.eventsOfArticle[r.id as number] ?? []) events[e]! += r.score * BOOST.body;
  }
  return { events, names, articles };
}

function excerpt(field: Snippet['field'], text: string, hits: Hit[], articleId?: string): Snippet {
  const first = hits[0]!;
  let start = Math.max(0, first.start - EXCERPT_BEFORE);
  // Start and end on word boundaries, never inside a surrogate pair.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space !== -1 && space < first.start ? space + 1 : first.start;
  }
  let end = Math.min(text.length, start + EXCERPT_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > first.end ? space : Math.max(end, first.end);
  }
  return {
    field,
    text: text.slice(start, end),
    hits: hits.filter((h) => h.start >= start && h.end <= end).map((h) => ({ start: h.start - start, end: h.end - start })),
    clippedStart: start > 0,
    clippedEnd: end < text.length,
    ...(articleId === undefined ? {} : { articleId }),
  };
}

/** The best place to show why an event matched: its summary, names, place, then its articles. */
function snippetFor(engine: SearchEngine, at: number, terms: string[], articleHits: ReadonlySet<number>): Snippet | null {
  const e = engine.file.events[at]!;
  const names = e.names.flatMap((n) => engine.file.names[n]?.names ?? []).join(NAME_SEPARATOR);
  for (const [field, text] of [
    ['summary', e.summary],
    ['names', names],
    ['place', e.place],
  ] as const) {
    const hits = findHits(text, terms);
    if (hits.length > 0) return excerpt(field, text, hits);
  }
  for (const a of e.articles) {
    const text = engine.articleText[a];
    if (!articleHits.has(a) || text === undefined) continue;
    const hits = findHits(text, terms, 50, MIN_BODY_PREFIX);
    if (hits.length > 0) return excerpt('body', text, hits, engine.file.articles[a]);
  }
  return null;
}

/** The names that matched every word so far, with their summed scores. */
function bothMatch(before: ReadonlyMap<number, number> | undefined, now: Map<number, number>): Map<number, number> {
  if (before === undefined) return now;
  const out = new Map<number, number>();
  for (const [n, score] of now) {
    const previous = before.get(n);
    if (previous !== undefined) out.set(n, previous + score);
  }
  return out;
}

/** Search for `query`; `limit` results come with highlights. An empty query matches nothing. */
export function search(engine: SearchEngine, query: string, limit = 50): SearchAnswer {
  const terms = queryTerms(query).slice(0, MAX_TERMS);
  const progress = { articlesSearched: engine.indexedArticles, articlesTotal: engine.file.articles.length };
  const empty = { query, eventIds: [], items: [], officialIds: [], ...progress };
  if (terms.length === 0) return empty;
  const count = engine.file.events.length;
  const total = new Float64Array(count);
  const matched = new Uint8Array(count);
  let nameScores: Map<number, number> | undefined;
  const articleHits = new Set<number>();
  const cached = lastTerms.get(engine);
  const reusable = cached?.articlesSearched === engine.indexedArticles ? cached.terms : new Map<string, TermMatches>();
  const now = new Map<string, TermMatches>();
  lastTerms.set(engine, { articlesSearched: engine.indexedArticles, terms: now });
  for (const [k, term] of terms.entries()) {
    const m = reusable.get(term) ?? matchTerm(engine, term);
    now.set(term, m);
    let alive = 0;
    for (let i = 0; i < count; i++) {
      if (matched[i] !== k || m.events[i] === 0) continue;
      matched[i] = k + 1;
      total[i]! += m.events[i]!;
      alive++;
    }
    for (const a of m.articles) articleHits.add(a);
    // A name matches when it matches every word.
    nameScores = bothMatch(nameScores, m.names);
    if (alive === 0 && nameScores.size === 0) return empty;
  }
  const hits: number[] = [];
  for (let i = 0; i < count; i++) if (matched[i] === terms.length) hits.push(i);
  const eventIds = hits.map((i) => engine.file.events[i]!.id);
  // Only the best `limit` need an order: select them, then sort those (ties in the file's order).
  const byRank = (a: number, b: number) => total[b]! - total[a]! || a - b;
  // (d3's typings take any primitive; these are event positions.)
  if (hits.length > limit) quickselect(hits, limit, 0, hits.length - 1, (a, b) => byRank(a as number, b as number));
  const best = hits.slice(0, limit).sort(byRank);
  const officialIds = [...(nameScores ?? [])]
    .filter(([n]) => engine.file.names[n]?.kind === 'official')
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_OFFICIALS)
    .map(([n]) => engine.file.names[n]!.id);
  return {
    query,
    eventIds,
    items: best.map((i) => ({
      id: engine.file.events[i]!.id,
      titleHits: findHits(engine.file.events[i]!.title, terms),
      snippet: snippetFor(engine, i, terms, articleHits),
    })),
    officialIds,
    ...progress,
  };
}
