import { describe, expect, it } from 'vitest';
import { clusterAccessibleName, eventAccessibleName, formatEventDate } from './event-labels';

describe('accessible names', () => {
  it('names a day-dated event by its date and title', () => {
    expect(eventAccessibleName({ date: '2019-06-19', datePrecision: 'day', title: 'Talks between Luong Cuong and Andrey Kartapolov' })).toBe(
      '19 Jun 2019: Talks between Luong Cuong and Andrey Kartapolov',
    );
  });

  it('says when the day is not known', () => {
    expect(formatEventDate({ date: '2019-08-13', endDate: '2019-08-19', datePrecision: 'range' })).toBe('13–19 Aug 2019 (day not reported)');
    expect(formatEventDate({ date: '2019-08-28', endDate: '2019-09-03', datePrecision: 'range' })).toBe('28 Aug–3 Sep 2019 (day not reported)');
    expect(formatEventDate({ date: '2019-12-28', endDate: '2020-01-03', datePrecision: 'range' })).toBe('28 Dec 2019–3 Jan 2020 (day not reported)');
    expect(formatEventDate({ date: '2019-03-01', datePrecision: 'month' })).toBe('Mar 2019 (day not reported)');
    expect(formatEventDate({ date: '2019-01-01', datePrecision: 'year' })).toBe('2019 (month not reported)');
  });

  it('names a multi-day event with known days without a note', () => {
    expect(formatEventDate({ date: '2019-08-13', endDate: '2019-08-15', datePrecision: 'day' })).toBe('13–15 Aug 2019');
  });

  it('names clusters by count and period', () => {
    expect(clusterAccessibleName(214, 'month', Date.UTC(2019, 2, 1))).toBe('214 events, March 2019');
    expect(clusterAccessibleName(1, 'year', Date.UTC(2019, 0, 1))).toBe('1 event, 2019');
    expect(clusterAccessibleName(3, 'day', Date.UTC(2019, 2, 4))).toBe('3 events, 4 Mar 2019');
  });
});
