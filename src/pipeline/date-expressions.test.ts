import { describe, expect, it } from 'vitest';
import { findDateExpressions, passageYear, printsYear, readPoint } from './date-expressions';

const read = (text: string, years: Parameters<typeof readPoint>[1] = {}, order?: 'day-first' | 'month-first') => {
  const expressions = findDateExpressions(text, { reference: years.publishedAt ?? null, ...(order ? { order } : {}) });
  const context = { ...years, passageYear: passageYear(expressions) };
  return expressions.map((e) => ({ text: e.text, start: readPoint(e.start, context), end: e.end && readPoint(e.end, context) }));
};

describe('findDateExpressions and readPoint', () => {
  it('reads slash dates day first by default, month first when the outlet writes so', () => {
    expect(read('05/07/2020 00:30 GMT+7')[0]?.start).toEqual({ value: '2020-07-05', precision: 'day', yearFrom: 'printed' });
    expect(read('05/07/2020', {}, 'month-first')[0]?.start?.value).toBe('2020-05-07');
    expect(read('Wednesday, 14/08/2024 09:00')[0]?.start?.value).toBe('2024-08-14');
  });

  it('keeps "June 19" a month and day (day-first does not turn it into June 2019)', () => {
    const [june] = findDateExpressions('in Moscow on June 19.');
    expect(june?.start).toMatchObject({ year: null, month: 6, day: 19 });
  });

  it('takes a missing year from the printed publication day', () => {
    expect(read('on June 19', { publishedAt: '2019-06-20' })[0]?.start).toEqual({ value: '2019-06-19', precision: 'day', yearFrom: 'publication' });
    expect(read('in June this year.', { publishedAt: '2024-08-14' })[0]?.start).toEqual({ value: '2024-06', precision: 'month', yearFrom: 'publication' });
  });

  it('reads a weekday as the last such day on or before publication', () => {
    expect(read('talks on Tuesday', { publishedAt: '2024-08-14' })[0]?.start?.value).toBe('2024-08-13');
    expect(read('talks on Tuesday')).toEqual([{ text: 'on Tuesday', start: undefined, end: undefined }]);
  });

  it('takes the year printed elsewhere in the passage, else the outside year, else none', () => {
    const games = 'the Army Games 2019, running from August 13-19, at';
    expect(read(games)[1]).toEqual({
      text: 'August 13-19',
      start: { value: '2019-08-13', precision: 'day', yearFrom: 'passage' },
      end: { value: '2019-08-19', precision: 'day', yearFrom: 'passage' },
    });
    expect(read('from June 18-26.', { outsideYear: 2019 })[0]?.start).toEqual({ value: '2019-06-18', precision: 'day', yearFrom: 'outside' });
    expect(read('from June 18-26.')[0]?.start).toBeUndefined();
  });

  it('prints a full date as printed, and finds bare years', () => {
    expect(read('December 3, 2018.')[0]?.start).toEqual({ value: '2018-12-03', precision: 'day', yearFrom: 'printed' });
    expect(read('until 2030')[0]?.start).toEqual({ value: '2030', precision: 'year', yearFrom: 'printed' });
    expect(printsYear('June 18-26 and June 19')).toBe(false);
    expect(printsYear('the Army Games 2019')).toBe(true);
  });
});
