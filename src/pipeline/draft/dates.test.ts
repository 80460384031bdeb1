import { describe, expect, it } from 'vitest';
import { findDateExpressions, findDateline, type DateOptions } from './dates';

const on = (passage: string, options: DateOptions = { publishedAt: '2021-03-05' }) =>
  findDateExpressions(passage, options).map(({ text, date, endDate, precision, yearFrom }) => ({ text, date, ...(endDate ? { endDate } : {}), precision, yearFrom }));

describe('findDateExpressions', () => {
  it('reads a slash date day first, or month first when the outlet writes so', () => {
    expect(on('Posted 05/07/2020 at noon')).toEqual([{ text: '05/07/2020 at noon', date: '2020-07-05', precision: 'day', yearFrom: 'printed' }]);
    expect(on('Posted 05/07/2020 at noon', { publishedAt: '2021-03-05', order: 'month-first' })[0]?.date).toBe('2020-05-07');
  });

  it('takes the year of a month and day from the publication day, the passage, or the metadata', () => {
    expect(on('The ministers met on March 1.')).toEqual([{ text: 'March 1', date: '2021-03-01', precision: 'day', yearFrom: 'publication' }]);
    expect(on('The Games 2019 ran from August 13-19.', { publishedAt: null })[0]).toMatchObject({ date: '2019-08-13', endDate: '2019-08-19', yearFrom: 'passage' });
    expect(on('The ministers met on June 19.', { publishedAt: null, outsideYear: 2019 })[0]).toMatchObject({ date: '2019-06-19', yearFrom: 'outside' });
    expect(on('The ministers met on June 19.', { publishedAt: null })).toEqual([]);
  });

  it('reads a range of days, a printed year, a month alone', () => {
    expect(on('The visit ran from February 5-7.')).toEqual([{ text: 'February 5-7', date: '2021-02-05', endDate: '2021-02-07', precision: 'range', yearFrom: 'publication' }]);
    expect(on('They met on December 3, 2018.')[0]).toMatchObject({ date: '2018-12-03', precision: 'day', yearFrom: 'printed' });
    expect(on('The forum opened in January this year.')[0]).toMatchObject({ date: '2021-01-01', precision: 'month' });
  });

  it('puts a weekday on the last such day on or before the publication day', () => {
    // 2021-03-05 is a Friday.
    expect(on('The two sides held talks on Tuesday.')[0]).toMatchObject({ text: 'on Tuesday', date: '2021-03-02', precision: 'day' });
    expect(on('They spoke on Friday.')[0]?.date).toBe('2021-03-05');
  });
});

describe('findDateline', () => {
  it('finds the place and the date of an agency dateline', () => {
    const text = 'Ministers meet\n\nHANOI, October 22 (VNA) – The talks opened.';
    const dateline = findDateline(text, { publishedAt: '2021-10-23' });
    expect(dateline).toMatchObject({ place: 'Hanoi', date: { date: '2021-10-22', precision: 'day' } });
    expect(text.slice(dateline!.date!.start, dateline!.date!.end)).toBe('October 22');
  });

  it('finds a dateline without a date, and none in plain prose', () => {
    expect(findDateline('Moscow (VNA) –\nThe talks opened.', { publishedAt: null })).toMatchObject({ place: 'Moscow' });
    expect(findDateline('The ministers met in Hanoi – and agreed.', { publishedAt: null })).toBeUndefined();
  });
});
