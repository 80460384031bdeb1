import { describe, expect, it } from 'vitest';
import { formatDay, formatDayRange, formatEventDate, formatEventSpan, formatLongMonthYear } from './day-format';

describe('formatEventDate', () => {
  it('says each precision in words', () => {
    expect(formatEventDate({ date: '2019-06-19', datePrecision: 'day' })).toBe('19 Jun 2019');
    expect(formatEventDate({ date: '2019-08-13', endDate: '2019-08-19', datePrecision: 'range' })).toBe('13–19 Aug 2019, day not reported');
    expect(formatEventDate({ date: '2024-08-01', datePrecision: 'month' })).toBe('Aug 2024, day not reported');
    expect(formatEventDate({ date: '2019-01-01', datePrecision: 'year' })).toBe('2019, month not reported');
  });

  it('shows a multi-day event reported to the day as a plain range', () => {
    expect(formatEventDate({ date: '2019-08-13', endDate: '2019-08-15', datePrecision: 'day' })).toBe('13–15 Aug 2019');
  });

  it('copes with a range without an end date', () => {
    expect(formatEventDate({ date: '2019-08-13', datePrecision: 'range' })).toBe('13 Aug 2019, day not reported');
  });
});

describe('formatDayRange', () => {
  it('names both months or years when the range crosses them', () => {
    expect(formatDayRange('2019-08-28', '2019-09-02')).toBe('28 Aug – 2 Sep 2019');
    expect(formatDayRange('2019-12-30', '2020-01-02')).toBe('30 Dec 2019 – 2 Jan 2020');
  });

  it('formats a single day without leading zeros', () => {
    expect(formatDay('2021-03-05')).toBe('5 Mar 2021');
  });
});

describe('formatEventSpan', () => {
  it('writes one event or the first and last, never a day the data does not give', () => {
    const day = (date: string) => ({ date, datePrecision: 'day' as const });
    expect(formatEventSpan(day('2019-08-14'), day('2019-08-14'))).toBe('14 Aug 2019');
    expect(formatEventSpan(day('2018-12-03'), day('2024-06-20'))).toBe('3 Dec 2018 – 20 Jun 2024');
    expect(formatEventSpan({ date: '2001-05-01', datePrecision: 'month' }, day('2001-05-30'))).toBe('May 2001, day not reported – 30 May 2001');
  });
});

describe('formatLongMonthYear', () => {
  it('names the month in full', () => {
    expect(formatLongMonthYear(Date.UTC(2019, 2, 1))).toBe('March 2019');
  });
});

describe('every precision through every view’s date function', () => {
  // The panel and the network's list of a tie's events print formatEventDate; the ties table prints
  // formatEventSpan; the timeline's names and tooltips are eventAccessibleName, built on formatEventDate
  // (tested with the timeline). None may print a day the event does not have.
  const events = {
    day: { date: '2018-12-03', datePrecision: 'day' as const },
    days: { date: '2019-06-18', endDate: '2019-06-26', datePrecision: 'day' as const },
    range: { date: '2019-08-13', endDate: '2019-08-19', datePrecision: 'range' as const },
    month: { date: '2024-08-01', datePrecision: 'month' as const },
    year: { date: '2019-01-01', datePrecision: 'year' as const },
  };
  const views: Record<string, (e: (typeof events)[keyof typeof events]) => string> = {
    'panel and tie list (formatEventDate)': formatEventDate,
    'ties table, one event (formatEventSpan)': (e) => formatEventSpan(e, e),
    'ties table, from this event (formatEventSpan)': (e) => formatEventSpan(e, events.day).split(' – ')[0]!,
    'ties table, to this event (formatEventSpan)': (e) => formatEventSpan(events.day, e).split(' – ').at(-1)!,
  };
  const DAY = /\b\d{1,2}(?:–\d{1,2})? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/;

  for (const [view, format] of Object.entries(views)) {
    it(view, () => {
      expect(format(events.day)).toBe('3 Dec 2018');
      expect(format(events.days)).toBe('18–26 Jun 2019');
      // A range prints its bounds, and says the day is not known where there is room.
      expect(format(events.range)).toMatch(/^13–19 Aug 2019(, day not reported)?$/);
      expect(format(events.month)).toMatch(/^Aug 2024(, day not reported)?$/);
      expect(format(events.month)).not.toMatch(DAY);
      expect(format(events.year)).toMatch(/^2019(, month not reported)?$/);
      expect(format(events.year)).not.toMatch(DAY);
    });
  }
});
