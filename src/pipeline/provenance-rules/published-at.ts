// The publication date: a day only when the article prints it (publishedAtQuote is the printed text,
// and it must give that day), otherwise null with a note. An article that prints neither a year nor
// its date may borrow the year from outside (outsideYear), said in the note.
import type { CorpusIssue } from '../corpus-error';
import { printsYear } from '../date-expressions';
import type { CorpusArticle } from '../read-corpus';
import { datesIn, quoted, type ProvenanceContext } from './passages';

export function checkPublishedAt(context: ProvenanceContext): CorpusIssue[] {
  return context.corpus.articles.flatMap(checkArticle);
}

function checkArticle(article: CorpusArticle): CorpusIssue[] {
  const { publishedAt, publishedAtQuote, publishedAtNote, outsideYear, dateOrder } = article.meta;
  const issues: CorpusIssue[] = [];
  const issue = (key: string, message: string) => issues.push({ file: article.metaFile, line: article.metaLineOf(key) ?? 1, message: `${key}: ${message}` });
  if (publishedAt !== null) {
    if (publishedAtQuote === undefined) {
      issue('publishedAt', `${publishedAt} is not backed by the text: add publishedAtQuote (the date as the article prints it), or set publishedAt to null and say what is known in publishedAtNote`);
    } else if (!article.text.replace(/\s+/g, ' ').includes(publishedAtQuote.replace(/\s+/g, ' '))) {
      issue('publishedAtQuote', `${quoted(publishedAtQuote)} is not in the article's text`);
    } else {
      const days = datesIn({ ...article, meta: { ...article.meta, publishedAt: null } }, publishedAtQuote).filter((d) => d.precision === 'day' && d.yearFrom === 'printed');
      if (!days.some((d) => d.value === publishedAt)) {
        const read = days.length === 0 ? 'no full date' : days.map((d) => d.value).join(', ');
        issue('publishedAtQuote', `${quoted(publishedAtQuote)} gives ${read}, not publishedAt ${publishedAt} (read ${dateOrder ?? 'day-first'}; set dateOrder if the outlet writes dates the other way)`);
      }
    }
  } else {
    if (publishedAtQuote !== undefined) issue('publishedAtQuote', 'given, but publishedAt is null: set publishedAt to the day it prints');
    if (publishedAtNote === undefined) issue('publishedAt', 'null without publishedAtNote: say in our own words what is known of the publication date');
  }
  if (outsideYear !== undefined) {
    if (publishedAt !== null) issue('outsideYear', 'only for an article that prints no publication date: its dates take their year from publishedAt');
    else if (printsYear(article.text, dateOrder)) issue('outsideYear', 'the article prints a year: its dates take their year from the text, not from outside');
    else if (publishedAtNote === undefined) issue('outsideYear', 'say in publishedAtNote that the year comes from outside the article');
  }
  return issues;
}
