// Who: every participant of an event is named (by name, native name or alias) inside one of its
// `who` passages. An official the article refers to only as "he" or "the host" is not a participant.
import type { CorpusIssue } from '../corpus-error';
import { gazetteerEntities, MentionMatcher } from '../mention-matcher';
import { formatPath } from '../yaml-source';
import type { ProvenanceContext } from './passages';

export function checkParticipantsNamed(context: ProvenanceContext): CorpusIssue[] {
  const matcher = new MentionMatcher(gazetteerEntities(context.corpus.officials.data, context.corpus.organizations.data));
  const issues: CorpusIssue[] = [];
  for (const { yaml, at, event, passages } of context.events()) {
    // Names are matched in the passage itself: a name that only starts inside it does not count.
    const named = new Set(passages.filter((p) => p.supports.includes('who')).flatMap((p) => matcher.match(p.text).mentions.map((m) => m.officialId)));
    const hasWho = passages.some((p) => p.supports.includes('who'));
    event.officials.forEach((officialId, i) => {
      if (named.has(officialId)) return;
      const path = [...at, 'officials', i];
      const hint =
        !hasWho
          ? 'the event has no `who` passage: tag the quote that names its participants with supports: [who]'
          : 'tag the quote that names them with supports: [who], or leave them out if the article names them only by a pronoun or a title';
      issues.push({ file: yaml.file, line: yaml.lineOf(path) ?? 1, message: `${formatPath(path)}event "${event.id}": participant "${officialId}" is not named in a \`who\` passage; ${hint}` });
    });
  }
  return issues;
}
