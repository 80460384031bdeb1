// A role's date: the publication day (the default when the article prints one), a day one of the
// article's passages gives (the role's own quote or a `when` passage of an event it reports), or else
// the reported dates of one of the article's events (asOfEvent), shown "as reported in" the article.
import type { CorpusIssue } from '../corpus-error';
import { formatPath } from '../yaml-source';
import { datesIn, type ProvenanceContext } from './passages';

export function checkRoleDates(context: ProvenanceContext): CorpusIssue[] {
  const issues: CorpusIssue[] = [];
  const events = context.events();
  for (const { yaml, data } of context.corpus.annotations) {
    const article = context.articles.get(data.article);
    if (!article) continue;
    const ownEvents = events.filter((e) => e.yaml === yaml && e.event.sources.some((s) => s.article === article.id));
    data.roles.forEach((role, r) => {
      const issue = (key: string, message: string) => {
        const path = ['roles', r, key];
        issues.push({ file: yaml.file, line: yaml.lineOf(path) ?? yaml.lineOf(['roles', r]) ?? 1, message: `${formatPath(path)}role of "${role.official}": ${message}` });
      };
      if (role.asOfEvent !== undefined) {
        if (!ownEvents.some((e) => e.event.id === role.asOfEvent)) issue('asOfEvent', `"${role.asOfEvent}" is not an event of this file reported by article "${article.id}"`);
        return;
      }
      if (role.asOf === undefined) {
        if (article.meta.publishedAt === null) issue('asOf', 'the article prints no publication day: give asOf (a day a passage gives) or asOfEvent (an event whose dates bound the title)');
        return;
      }
      if (role.asOf === article.meta.publishedAt) return;
      const span = context.find(article, role.quote);
      const passages = [
        ...(span ? [article.text.slice(span.start, span.end)] : []),
        ...ownEvents.flatMap((e) => e.passages.filter((p) => p.article === article && p.supports.includes('when')).map((p) => p.text)),
      ];
      const given = passages.some((text) => datesIn(article, text).some((d) => d.precision === 'day' && d.value === role.asOf));
      if (!given) {
        issue(
          'asOf',
          `${role.asOf} is neither the article's publication day nor a day its quote or a \`when\` passage of its events gives; date the title by an event instead (asOfEvent)`,
        );
      }
    });
  }
  return issues;
}
