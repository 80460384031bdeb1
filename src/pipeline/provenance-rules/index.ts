// The provenance rules: a corpus states no more than its articles say. Each rule returns problems
// in the build's form (file, line, message); `checkProvenance` runs them all. The dataset build runs
// it on every corpus; curator tools can run it on a draft before writing it.
//   who   — every participant is named in a `who` passage of the event (checkParticipantsNamed)
//   when  — a `day` date is a day a `when` passage gives; ranges, months and years are bounded by
//           them; a year from outside only where the article prints none, said in dateNote (checkEventDates)
//   where — the place is written in a `where` passage (checkPlacesGiven)
//   publishedAt — a day only with publishedAtQuote, the printed text that gives it; else null and a note
//           (checkPublishedAt)
//   roles — asOf is the publication day or a day a passage gives; else asOfEvent (checkRoleDates)
import type { CorpusIssue } from '../corpus-error';
import { checkEventDates } from './event-dates';
import { checkParticipantsNamed } from './participants';
import { ProvenanceContext, type ProvenanceCorpus } from './passages';
import { checkPlacesGiven } from './places';
import { checkPublishedAt } from './published-at';
import { checkRoleDates } from './role-dates';

export { checkEventDates, checkParticipantsNamed, checkPlacesGiven, checkPublishedAt, checkRoleDates, ProvenanceContext };
export { eventBounds, type ProvenanceCorpus } from './passages';

/** Every provenance problem of a corpus, in file and line order. */
export function checkProvenance(corpus: ProvenanceCorpus): CorpusIssue[] {
  const context = new ProvenanceContext(corpus);
  const rules = [checkPublishedAt, checkParticipantsNamed, checkEventDates, checkPlacesGiven, checkRoleDates];
  return rules
    .flatMap((rule) => rule(context))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}
