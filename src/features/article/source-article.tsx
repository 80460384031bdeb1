// One source article of the selected event: its outlet, its publication date as printed (or that it
// prints none), a link to the original, then its full text with the event's evidence marked and
// labelled. It loads on its own, so a failure here stays here (with a Retry).
import type { ArticleMeta, EventSource, Official } from '../../data/schema';
import { useArticle } from '../../data/dataset-queries';
import { DataLoadError } from '../../data/fetch-checked';
import { ArticleText } from './article-text';
import { publishedLabel } from './lib/claims';

interface Props {
  meta: ArticleMeta | undefined;
  source: EventSource;
  officialById: ReadonlyMap<string, Official>;
  onPickOfficial: (officialId: string) => void;
  isFirst: boolean;
  passageId: (markIndex: number) => string;
}

function articleErrorMessage(error: unknown): string {
  if (error instanceof DataLoadError) return error.message;
  return error instanceof Error ? error.message.slice(0, 300) : 'The article could not be loaded.';
}

export function SourceArticle({ meta, source, officialById, onPickOfficial, isFirst, passageId }: Props) {
  const article = useArticle(source.articleId);
  const title = meta?.title ?? source.articleId;
  return (
    <article className="source-article" aria-label={`Source: ${title}`}>
      <h4 className="source-title">{title}</h4>
      <p className="source-meta">
        {meta?.source ?? 'Unknown outlet'}
        {' · '}
        {publishedLabel(meta)}
        {meta?.url && (
          <>
            {' · '}
            <a className="external-link" href={meta.url} target="_blank" rel="noopener noreferrer">
              Original article at {hostOf(meta.url)}
              <span aria-hidden="true"> ↗</span>
              <span className="visually-hidden"> (external site, opens in a new tab)</span>
            </a>
          </>
        )}
      </p>
      {meta?.publishedAtNote && <p className="source-note">{meta.publishedAtNote}</p>}
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
          passageId={passageId}
        />
      )}
    </article>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return 'the publisher';
  }
}
