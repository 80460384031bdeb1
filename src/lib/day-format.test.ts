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
