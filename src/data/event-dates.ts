// The compact dates index (event-dates.json): written by the build from the dataset, read by the app to
// draw the timeline's first picture before dataset.json is in. Both directions live here, so that the
// order and the day arithmetic are the dataset index's own (compareEvents, eventEndDay).
import { compareEvents, eventEndDay } from './dataset-index';
import { dayToMs } from '../lib/dates';
import { SCHEMA_VERSION } from './schema-constants';
import type { Dataset, EventDates } from './schema';

const DAY = 86_400_000;

export function encodeEventDates(dataset: Dataset): EventDates {
  const events = [...dataset.events].sort(compareEvents);
  const startDeltas: number[] = [];
  const lengths: number[] = [];
  const firstDay = events.length === 0 ? 0 : Math.round(dayToMs(events[0]!.date) / DAY);
  let previous = firstDay;
  for (const e of events) {
    const start = Math.round(dayToMs(e.date) / DAY);
    startDeltas.push(start - previous);
    lengths.push(Math.round(eventEndDay(e) / DAY) - start);
    previous = start;
  }
  return { schemaVersion: SCHEMA_VERSION, corpus: dataset.corpus, firstDay, startDeltas, lengths };
}

/** Start and end (inclusive day) of each event in ms, in the timeline's order: as the dataset index has them. */
export interface DecodedDates {
  starts: Float64Array;
  ends: Float64Array;
}

export function decodeEventDates(file: EventDates): DecodedDates {
  const n = file.startDeltas.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  let day = file.firstDay;
  for (let i = 0; i < n; i++) {
    day += file.startDeltas[i]!;
    starts[i] = day * DAY;
    ends[i] = (day + file.lengths[i]!) * DAY;
  }
  return { starts, ends };
}
