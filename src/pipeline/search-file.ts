// The search files, written with the dataset. search.json holds, for each event, the text the search
// looks at first (title, summary, place) and refers by position to its participants' and organizations'
// names (every form, listed once per official or organization) and to its articles. The articles' full
// text, by far the largest part, is written once per article into chunk files that the search worker
// fetches and indexes after answering from search.json.
import type { ArticleFile, Dataset, SearchArticlesFile, SearchFile } from '../data/schema';
import { searchArticlesFile, searchFile } from '../data/schema';

/** About this many characters of article text per chunk: small enough to fetch and index in slices. */
export const CHUNK_CHARS = 2_000_000;

export interface SearchFiles {
  index: SearchFile;
  chunks: { name: string; file: SearchArticlesFile }[];
}

const namesOf = (o: { name: string; nativeName?: string; aliases: readonly string[] }) => [...new Set([o.name, ...(o.nativeName ? [o.nativeName] : []), ...o.aliases])];

export const chunkName = (n: number) => `search-articles-${n}.json`;

export function buildSearchFiles(dataset: Dataset, articleFiles: readonly ArticleFile[], chunkChars = CHUNK_CHARS): SearchFiles {
  const names: SearchFile['names'] = [
    ...dataset.officials.map((o) => ({ id: o.id, kind: 'official' as const, names: namesOf(o) })),
    ...dataset.organizations.map((o) => ({ id: o.id, kind: 'organization' as const, names: namesOf(o) })),
  ];
  const officialAt = new Map(dataset.officials.map((o, i) => [o.id, i]));
  const organizationAt = new Map(dataset.organizations.map((o, i) => [o.id, dataset.officials.length + i]));
  const articleAt = new Map(articleFiles.map((a, i) => [a.id, i]));
  const at = (map: Map<string, number>, ids: readonly string[]) => [...new Set(ids.flatMap((id) => map.get(id) ?? []))];

  const chunks: SearchFiles['chunks'] = [];
  let current: SearchArticlesFile['articles'] = [];
  let chars = 0;
  const close = () => {
    if (current.length === 0) return;
    chunks.push({ name: chunkName(chunks.length), file: { schemaVersion: dataset.schemaVersion, articles: current } });
    current = [];
    chars = 0;
  };
  for (const a of articleFiles) {
    if (chars > 0 && chars + a.text.length > chunkChars) close();
    current.push({ id: a.id, text: a.text });
    chars += a.text.length;
  }
  close();

  return {
    index: {
      schemaVersion: dataset.schemaVersion,
      events: dataset.events.map((e) => ({
        id: e.id,
        title: e.title,
        summary: e.summary,
        place: e.location ?? '',
        names: [...at(officialAt, e.officialIds), ...at(organizationAt, e.organizationIds)],
        articles: at(articleAt, e.sources.map((s) => s.articleId)),
      })),
      names,
      articles: articleFiles.map((a) => a.id),
      chunks: chunks.map((c) => c.name),
    },
    chunks,
  };
}

/** The files to write (name, JSON text), each checked with the schema the worker checks it with. */
export function searchFileEntries(dataset: Dataset, articleFiles: readonly ArticleFile[]): [string, string][] {
  const files = buildSearchFiles(dataset, articleFiles);
  return [['search.json', JSON.stringify(searchFile.parse(files.index))], ...files.chunks.map((c): [string, string] => [c.name, JSON.stringify(searchArticlesFile.parse(c.file))])];
}
