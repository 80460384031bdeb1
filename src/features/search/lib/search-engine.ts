// The search itself, pure (the worker only wires it to messages): a MiniSearch index over events
// (title, participants' names, place, summary), articles (full text) and officials (names), with the
// words found and folded by ./fold. An article's hit finds that article's events; title and
// participant hits rank above summary, place and body text.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { SearchFile } from '../../../data/schema';
import { findHits, foldWord, queryTerms, tokenize } from './fold';

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
  /** Every matching event id, best first. */
  eventIds: string[];
  /** The first `limit` of them, with their highlights. */
  items: ResultItem[];
  /** Officials whose names match, best first. */
  officialIds: string[];
}

export const BOOST = { title: 4, names: 3, place: 1.5, summary: 1, body: 0.4, official: 1 } as const;
const EXCERPT_BEFORE = 60;
const EXCERPT_LENGTH = 220;
const MAX_OFFICIALS = 5;

interface Doc {
  id: string;
  title?: string;
  names?: string;
  place?: string;
  summary?: string;
  body?: string;
  official?: string;
}

export interface SearchEngine {
  file: SearchFile;
  index: MiniSearch<Doc>;
  eventsByArticle: Map<string, string[]>;
  articleText: Map<string, string>;
  eventById: Map<string, SearchFile['events'][number]>;
  /** Position in the file (dataset order): the tie-break between equal scores. */
  order: Map<string, number>;
}

/** Names are joined with a separator no word contains, so that a hit's excerpt is readable. */
const NAME_SEPARATOR = ' · ';

export function buildSearchEngine(file: SearchFile): SearchEngine {
  const index = new MiniSearch<Doc>({
    fields: ['title', 'names', 'place', 'summary', 'body', 'official'],
    storeFields: [],
    tokenize,
    processTerm: (term) => foldWord(term) || null,
    searchOptions: { prefix: true, combineWith: 'AND', boost: { ...BOOST } },
  });
  const docs: Doc[] = [];
  for (const e of file.events) docs.push({ id: `e:${e.id}`, title: e.title, names: e.names.join(NAME_SEPARATOR), place: e.place, summary: e.summary });
  for (const a of file.articles) docs.push({ id: `a:${a.id}`, body: a.text });
  for (const o of file.officials) docs.push({ id: `o:${o.id}`, official: o.names.join(NAME_SEPARATOR) });
  index.addAll(docs);

  const eventsByArticle = new Map<string, string[]>();
  for (const e of file.events) {
    for (const a of e.articleIds) {
      const list = eventsByArticle.get(a);
      if (list) list.push(e.id);
      else eventsByArticle.set(a, [e.id]);
    }
  }
  return {
    file,
    index,
    eventsByArticle,
    articleText: new Map(file.articles.map((a) => [a.id, a.text])),
    eventById: new Map(file.events.map((e) => [e.id, e])),
    order: new Map(file.events.map((e, i) => [e.id, i])),
  };
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
function snippetFor(engine: SearchEngine, eventId: string, terms: string[], articleHits: ReadonlySet<string>): Snippet | null {
  const e = engine.eventById.get(eventId);
  if (!e) return null;
  for (const [field, text] of [
    ['summary', e.summary],
    ['names', e.names.join(NAME_SEPARATOR)],
    ['place', e.place],
  ] as const) {
    const hits = findHits(text, terms);
    if (hits.length > 0) return excerpt(field, text, hits);
  }
  for (const articleId of e.articleIds) {
    if (!articleHits.has(articleId)) continue;
    const text = engine.articleText.get(articleId) ?? '';
    const hits = findHits(text, terms, 50);
    if (hits.length > 0) return excerpt('body', text, hits, articleId);
  }
  return null;
}

/** Search for `query`; `limit` results come with highlights. An empty query matches nothing. */
export function search(engine: SearchEngine, query: string, limit = 50): SearchAnswer {
  const terms = queryTerms(query);
  if (terms.length === 0) return { query, eventIds: [], items: [], officialIds: [] };
  const results: SearchResult[] = engine.index.search(terms.join(' '));
  const scores = new Map<string, number>();
  const add = (id: string, score: number) => scores.set(id, (scores.get(id) ?? 0) + score);
  const officialIds: string[] = [];
  const articleHits = new Set<string>();
  for (const r of results) {
    const id = String(r.id);
    const key = id.slice(2);
    if (id.startsWith('e:')) add(key, r.score);
    else if (id.startsWith('a:')) {
      articleHits.add(key);
      for (const eventId of engine.eventsByArticle.get(key) ?? []) add(eventId, r.score);
    } else if (officialIds.length < MAX_OFFICIALS) officialIds.push(key);
  }
  const order = engine.order;
  const eventIds = [...scores.keys()].sort((a, b) => scores.get(b)! - scores.get(a)! || (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const items = eventIds.slice(0, limit).map((id) => ({
    id,
    titleHits: findHits(engine.eventById.get(id)?.title ?? '', terms),
    snippet: snippetFor(engine, id, terms, articleHits),
  }));
  return { query, eventIds, items, officialIds };
}
