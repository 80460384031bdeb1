// search.json, written with the dataset: for each event the text the search looks at (title,
// summary, place, every form of its participants' and organizations' names, its articles), the
// articles' full text, and each official's names. The app's worker builds its index from it.
import type { ArticleFile, Dataset, SearchFile } from '../data/schema';

const namesOf = (o: { name: string; nativeName?: string; aliases: readonly string[] }) => [o.name, ...(o.nativeName ? [o.nativeName] : []), ...o.aliases];

export function buildSearchFile(dataset: Dataset, articleFiles: readonly ArticleFile[]): SearchFile {
  const officialNames = new Map(dataset.officials.map((o) => [o.id, namesOf(o)]));
  const organizationNames = new Map(dataset.organizations.map((o) => [o.id, namesOf(o)]));
  return {
    schemaVersion: dataset.schemaVersion,
    events: dataset.events.map((e) => ({
      id: e.id,
      title: e.title,
      summary: e.summary,
      place: e.location ?? '',
      names: [...new Set([...e.officialIds.flatMap((id) => officialNames.get(id) ?? []), ...e.organizationIds.flatMap((id) => organizationNames.get(id) ?? [])])],
      articleIds: [...new Set(e.sources.map((s) => s.articleId))],
    })),
    articles: articleFiles.map((a) => ({ id: a.id, text: a.text })),
    officials: dataset.officials.map((o) => ({ id: o.id, names: namesOf(o) })),
  };
}
