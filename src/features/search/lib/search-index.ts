// The search's indexes, pure (the worker only feeds them): three MiniSearch indexes, each over what
// it alone holds, so that nothing is indexed twice. Events (title, place, summary) and names (every form
// of each official's and organization's name, once each) are built at once from search.json; the
// articles' text is added afterwards, a slice at a time, and each hit in a name or an article finds
// the events that refer to it.
import MiniSearch from 'minisearch';
import type { SearchArticlesFile, SearchFile } from '../../../data/schema';
import { foldWord, tokenize } from './fold';

/** How much a hit weighs by where it is: title and participants above place, summary and body text. */
export const BOOST = { title: 4, names: 3, place: 1.5, summary: 1, body: 0.4 } as const;

interface EventDoc {
  id: number;
  title: string;
  place: string;
  summary: string;
}
interface NameDoc {
  id: number;
  names: string;
}
interface ArticleDoc {
  id: number;
  body: string;
}

export interface SearchEngine {
  file: SearchFile;
  events: MiniSearch<EventDoc>;
  names: MiniSearch<NameDoc>;
  articles: MiniSearch<ArticleDoc>;
  /** For each entry of `file.names` / `file.articles`: the positions of the events that refer to it. */
  eventsOfName: number[][];
  eventsOfArticle: number[][];
  /** Each article's text, by position, once it is indexed. */
  articleText: (string | undefined)[];
  articleAt: Map<string, number>;
  indexedArticles: number;
}

/** Names are joined with a separator no word contains, so that a hit's excerpt is readable. */
export const NAME_SEPARATOR = ' · ';

function newIndex<T>(fields: string[], fold: (term: string) => string | null): MiniSearch<T> {
  return new MiniSearch<T>({ fields, storeFields: [], tokenize, processTerm: fold });
}

function refersTo(count: number, lists: readonly (readonly number[])[]): number[][] {
  const out = Array.from({ length: count }, (): number[] => []);
  lists.forEach((list, event) => {
    for (const i of list) out[i]!.push(event);
  });
  return out;
}

/** Indexes the events and names of `file`; the articles follow with `addArticles`. */
export function buildSearchEngine(file: SearchFile): SearchEngine {
  // A corpus repeats its words endlessly: fold each distinct word once.
  const folded = new Map<string, string | null>();
  const fold = (term: string): string | null => {
    let value = folded.get(term);
    if (value === undefined) {
      value = foldWord(term) || null;
      folded.set(term, value);
    }
    return value;
  };
  const events = newIndex<EventDoc>(['title', 'place', 'summary'], fold);
  events.addAll(file.events.map((e, id) => ({ id, title: e.title, place: e.place, summary: e.summary })));
  const names = newIndex<NameDoc>(['names'], fold);
  names.addAll(file.names.map((n, id) => ({ id, names: n.names.join(NAME_SEPARATOR) })));
  return {
    file,
    events,
    names,
    articles: newIndex<ArticleDoc>(['body'], fold),
    eventsOfName: refersTo(file.names.length, file.events.map((e) => e.names)),
    eventsOfArticle: refersTo(file.articles.length, file.events.map((e) => e.articles)),
    articleText: new Array<string | undefined>(file.articles.length),
    articleAt: new Map(file.articles.map((id, i) => [id, i])),
    indexedArticles: 0,
  };
}

/** Indexes some articles' text. An article search.json does not list is a broken file: it throws. */
export function addArticles(engine: SearchEngine, articles: SearchArticlesFile['articles']): void {
  for (const a of articles) {
    const at = engine.articleAt.get(a.id);
    if (at === undefined) throw new Error(`The search's article text names an article it does not list (${a.id}).`);
    if (engine.articleText[at] !== undefined) continue;
    engine.articles.add({ id: at, body: a.text });
    engine.articleText[at] = a.text;
    engine.indexedArticles++;
  }
}

export const allArticlesIndexed = (engine: SearchEngine) => engine.indexedArticles >= engine.file.articles.length;
