import { describe, expect, it } from 'vitest';
import { hostileData } from '../../e2e/support/hostile-dataset';
import { buildDatasetIndex } from './dataset-index';
import { decodeEventDates, encodeEventDates } from './event-dates';
import { eventDates } from './schema';
import type { Dataset } from './schema';

function datasetWith(events: Dataset['events']): Dataset {
  return { ...hostileData().dataset, events };
}

describe('event-dates.json', () => {
  it('gives back exactly the starts and ends the dataset index computes, in its order', () => {
    const base = hostileData().dataset.events[0]!;
    const dataset = datasetWith([
      { ...base, id: 'c', date: '2020-03-01', datePrecision: 'month' },
      { ...base, id: 'a', date: '1969-12-30', datePrecision: 'day' },
      { ...base, id: 'b', date: '2019-06-10', endDate: '2019-06-14', datePrecision: 'range' },
      { ...base, id: 'd', date: '2019-01-01', datePrecision: 'year' },
      { ...base, id: 'e', date: '2019-06-10', datePrecision: 'day' },
    ]);
    const encoded = encodeEventDates(dataset);
    // A corpus may reach back before 1970.
    expect(encoded.firstDay).toBeLessThan(0);
    expect(eventDates.safeParse(encoded).success).toBe(true);
    const index = buildDatasetIndex(dataset);
    const decoded = decodeEventDates(encoded);
    expect([...decoded.starts]).toEqual([...index.starts]);
    expect([...decoded.ends]).toEqual([...index.ends]);
    expect(encoded.corpus).toEqual(dataset.corpus);
  });

  it('is far smaller than the dataset it summarises', () => {
    const base = hostileData().dataset.events[0]!;
    const events = Array.from({ length: 2000 }, (_, i) => ({ ...base, id: `e${i}`, date: `20${10 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}` }));
    const dataset = datasetWith(events);
    expect(JSON.stringify(encodeEventDates(dataset)).length * 20).toBeLessThan(JSON.stringify(dataset).length);
  });
});
