// One source article of the selected event: where it comes from, then its full text with the
// event's evidence marked. It loads on its own, so a failure here stays here (with a Retry).
import type { ArticleMeta, EventSource, Official } from '../../data/schema';
import { useArticle } from '../../data/dataset-queries';
import { DataLoadError } from '../../data/fetch-checked';
import { ArticleText } from './article-text';
import { formatDay } from '../../lib/day-format';

interface Props {
  meta: ArticleMeta | undefined;
  source: EventSource;
  officialById: ReadonlyMap<string, Official>;
  onPickOfficial: (officialId: string) => void;
  isFirst: boolean;
}

function articleErrorMessage(error: unknown): string {
  if (error instanceof DataLoadError) return error.message;
  return error instanceof Error ? error.message.slice(0, 300) : 'The article could not be loaded.';
}

export function SourceArticle({ meta, source, officialById, onPickOfficial, isFirst }: Props) {
  const article = useArticle(source.articleId);
  const title = meta?.title ?? source.articleId;
  return (
    <article className="source-article" aria-label={`Source: ${title}`}>
      <h4 className="source-title">{title}</h4>
      <p className="source-meta">
        {meta?.source ?? 'Unknown outlet'}
        {' · '}
        {meta?.publishedAt ? formatDay(meta.publishedAt) : 'publication date not reported'}
        {meta?.publishedAtNote ? ` (${meta.publishedAtNote})` : ''}
        {meta?.url && (
          <>
            {' · '}
            <a href={meta.url} target="_blank" rel="noopener noreferrer">
              Original article<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </>
        )}
      </p>
      {article.isPending && (
        <p className="article-loading" role="status">
          Loading the article…
        </p>
      )}
      {article.isError && (
        <div className="article-error" role="alert">
          <p>{articleErrorMessage(article.error)}</p>
          <button type="button" onClick={() => void article.refetch()} disabled={article.isFetching}>
            {article.isFetching ? 'Retrying…' : 'Retry'}
          </button>
        </div>
      )}
      {article.isSuccess && (
        <ArticleText
          text={article.data.text}
          evidence={source.evidence}
          mentions={article.data.mentions}
          officialById={officialById}
          onPickOfficial={onPickOfficial}
          scrollToFirstMark={isFirst}
        />
      )}
    </article>
  );
}
