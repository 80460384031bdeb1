// Where: an event's place is written in one of its `where` passages ("Moscow", "Russia and Belarus",
// "online"), compared ignoring case and diacritics.
import { foldText } from '../../lib/fold-text';
import type { CorpusIssue } from '../corpus-error';
import { formatPath } from '../yaml-source';
import type { ProvenanceContext } from './passages';

const squash = (text: string) => foldText(text).replace(/\s+/g, ' ');

export function checkPlacesGiven(context: ProvenanceContext): CorpusIssue[] {
  const issues: CorpusIssue[] = [];
  for (const { yaml, at, event, passages } of context.events()) {
    if (event.location === null) continue;
    const place = squash(event.location);
    if (passages.some((p) => p.supports.includes('where') && squash(p.text).includes(place))) continue;
    const path = [...at, 'location'];
    issues.push({
      file: yaml.file,
      line: yaml.lineOf(path) ?? 1,
      message: `${formatPath(path)}event "${event.id}": the place "${event.location}" is not written in a \`where\` passage; tag the quote that says it with supports: [where], or set location: null`,
    });
  }
  return issues;
}
