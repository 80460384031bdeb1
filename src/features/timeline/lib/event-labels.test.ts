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

  it('names clusters by count and period', () => {
    expect(clusterAccessibleName(214, 'month', Date.UTC(2019, 2, 1))).toBe('214 events, March 2019');
    expect(clusterAccessibleName(1, 'year', Date.UTC(2019, 0, 1))).toBe('1 event, 2019');
    expect(clusterAccessibleName(3, 'day', Date.UTC(2019, 2, 4))).toBe('3 events, 4 Mar 2019');
  });
});
