// The passage of an article that gives a post, quoted from the article file (loaded on demand).
import type { Role } from '../../data/schema';
import { useArticle } from '../../data/dataset-queries';

export function PostPassage({ role, articleTitle }: { role: Role; articleTitle: string }) {
  const article = useArticle(role.articleId);
  const passage = article.data?.text.slice(role.start, role.end).trim();
  return (
    <figure className="profile-passage">
      {article.isPending && <p className="muted">Loading the source passage…</p>}
      {article.isError && <p className="muted">The source article could not be loaded.</p>}
      {passage && (
        <blockquote>
          <mark>{passage}</mark>
        </blockquote>
      )}
      <figcaption className="muted">Source: {articleTitle}</figcaption>
    </figure>
  );
}
