// When: an event's date says no more than its `when` passages. A `day` date is a day such a passage
// gives (a day known only from outside the article goes in dateNote, and the date stays a range, a
// month or a year); a range is bounded by days the passages give; a month or a year is one they
// give. Relative phrases ("June 19", "on Tuesday") are read against the printed publication day.
import type { CorpusIssue } from '../corpus-error';
import { formatPath } from '../yaml-source';
import { datesIn, quoted, type EventInContext, type PassageDate, type ProvenanceContext } from './passages';

export function checkEventDates(context: ProvenanceContext): CorpusIssue[] {
  return context.events().flatMap((entry) => checkEvent(entry));
}

function checkEvent({ yaml, at, event, passages }: EventInContext): CorpusIssue[] {
  const issue = (key: string, message: string): CorpusIssue => {
    const path = [...at, key];
    return { file: yaml.file, line: yaml.lineOf(path) ?? 1, message: `${formatPath(path)}event "${event.id}": ${message}` };
  };
  const when = passages.filter((p) => p.supports.includes('when'));
  if (when.length === 0) return [issue('date', 'no passage is tagged `when`: tag the quote that gives or bounds the date with supports: [when]')];
  const dates = when.flatMap((p) => datesIn(p.article, p.text));
  const given = dates.length === 0 ? 'they give no date' : `they give ${[...new Set(dates.map((d) => `${d.value} (${JSON.stringify(d.text)})`))].join(', ')}`;
  const days = dates.filter((d) => d.precision === 'day');
  const end = event.endDate ?? event.date;
  let used: PassageDate[] = [];

  switch (event.precision) {
    case 'day': {
      const match =
        end === event.date
          ? days.find((d) => d.value === event.date && d.end === 'single')
          : days.find((d, i) => d.value === event.date && d.end === 'start' && days[i + 1]?.end === 'end' && days[i + 1]?.value === end);
      if (!match) {
        const what = end === event.date ? `the day ${event.date}` : `the days ${event.date} to ${end}`;
        return [
          issue(
            'date',
            `dated to ${what} (precision: day), but no \`when\` passage gives ${end === event.date ? 'that day' : 'those days'}: ${given} in ${when.map((p) => quoted(p.text)).join(', ')}. A day known only from outside the article goes in dateNote, with precision range, month or year`,
          ),
        ];
      }
      used = [match];
      break;
    }
    case 'range': {
      const first = days.find((d) => d.value === event.date);
      const last = days.find((d) => d.value === end);
      const missing = [!first && `its first day ${event.date}`, !last && `its last day ${end}`].filter(Boolean);
      if (missing.length > 0) return [issue('date', `the range is not bounded by its \`when\` passages: none gives ${missing.join(' or ')}; ${given}`)];
      used = [first!, last!];
      break;
    }
    case 'month': {
      const month = event.date.slice(0, 7);
      const match = dates.find((d) => d.precision !== 'year' && d.value.startsWith(month));
      if (!match) return [issue('date', `dated to the month ${month}, but no \`when\` passage gives it: ${given}`)];
      used = [match];
      break;
    }
    case 'year': {
      const year = event.date.slice(0, 4);
      const match = dates.find((d) => d.value.startsWith(year));
      if (!match) return [issue('date', `dated to the year ${year}, but no \`when\` passage gives it: ${given}`)];
      used = [match];
      break;
    }
  }
  if (used.some((d) => d.yearFrom === 'outside') && event.dateNote === undefined) {
    return [issue('date', 'the year is not printed in the article (it comes from its outsideYear): say so in dateNote')];
  }
  return [];
}
