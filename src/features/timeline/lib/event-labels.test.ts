import { describe, expect, it } from 'vitest';
import { clusterAccessibleName, eventAccessibleName } from './event-labels';

describe('accessible names', () => {
  it('names a day-dated event by its date and title', () => {
    expect(eventAccessibleName({ date: '2019-06-19', datePrecision: 'day', title: 'Talks between Luong Cuong and Andrey Kartapolov' })).toBe(
      '19 Jun 2019: Talks between Luong Cuong and Andrey Kartapolov',
    );
  });

  it('says in the name when the day is not known (wording shared with the panel, src/lib/day-format)', () => {
    expect(eventAccessibleName({ date: '2019-08-13', endDate: '2019-08-19', datePrecision: 'range', title: 'Talks' })).toBe(
      '13–19 Aug 2019, day not reported: Talks',
    );
  });

  it('names (and titles) an event of every precision without a day it does not have', () => {
    const name = (date: string, datePrecision: 'month' | 'year') => eventAccessibleName({ date, datePrecision, title: 'Visit' });
    expect(name('2024-08-01', 'month')).toBe('Aug 2024, day not reported: Visit');
    expect(name('2019-01-01', 'year')).toBe('2019, month not reported: Visit');
    expect(eventAccessibleName({ date: '2019-06-18', endDate: '2019-06-26', datePrecision: 'day', title: 'Visit' })).toBe('18–26 Jun 2019: Visit');
  });

  it('names clusters by count and period', () => {
    expect(clusterAccessibleName(214, 'month', Date.UTC(2019, 2, 1))).toBe('214 events, March 2019');
    expect(clusterAccessibleName(1, 'year', Date.UTC(2019, 0, 1))).toBe('1 event, 2019');
    expect(clusterAccessibleName(3, 'day', Date.UTC(2019, 2, 4))).toBe('3 events, 4 Mar 2019');
  });
});
