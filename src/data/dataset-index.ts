// Lookup structures built once per loaded dataset, so that every view answers "which events / who"
// in O(1) or O(log n) even at 50,000 events.
import type { ArticleMeta, Dataset, DefenceEvent, Official, Organization, Party } from './schema';
import { dayToMs } from '../lib/dates';

export interface DatasetIndex {
  dataset: Dataset;
  /** Events in date order (then end date, then id): the order of the timeline and of ArrowLeft/Right. */
  eventsByDate: DefenceEvent[];
  /** Start and end (inclusive day) of each event in `eventsByDate`, in ms, aligned by position. */
  starts: Float64Array;
  ends: Float64Array;
  eventById: Map<string, DefenceEvent>;
  /** Position of each event in `eventsByDate`. */
  positionById: Map<string, number>;
  officialById: Map<string, Official>;
  organizationById: Map<string, Organization>;
  articleById: Map<string, ArticleMeta>;
  /** The corpus's parties by country code. */
  partyByCode: Map<string, Party>;
  /** Positions in `eventsByDate` (ascending) of each official's events. */
  positionsByOfficial: Map<string, number[]>;
  /** Positions (ascending) of the events at each place, by the place as written. */
  positionsByPlace: Map<string, number[]>;
}

function pushTo<K>(map: Map<K, number[]>, key: K, position: number): void {
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}

export function compareEvents(a: DefenceEvent, b: DefenceEvent): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const ae = a.endDate ?? a.date;
  const be = b.endDate ?? b.date;
  if (ae !== be) return ae < be ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The last day an event covers: its endDate, or the end of its month or year for coarse dates. */
export function eventEndDay(e: Pick<DefenceEvent, 'date' | 'endDate' | 'datePrecision'>): number {
  const start = dayToMs(e.date);
  if (e.endDate) return dayToMs(e.endDate);
  const d = new Date(start);
  if (e.datePrecision === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
  if (e.datePrecision === 'year') return Date.UTC(d.getUTCFullYear(), 11, 31);
  return start;
}

export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  const eventsByDate = [...dataset.events].sort(compareEvents);
  const starts = new Float64Array(eventsByDate.length);
  const ends = new Float64Array(eventsByDate.length);
  const eventById = new Map<string, DefenceEvent>();
  const positionById = new Map<string, number>();
  const positionsByOfficial = new Map<string, number[]>();
  const positionsByPlace = new Map<string, number[]>();
  eventsByDate.forEach((e, i) => {
    starts[i] = dayToMs(e.date);
    ends[i] = eventEndDay(e);
    eventById.set(e.id, e);
    positionById.set(e.id, i);
    for (const officialId of e.officialIds) pushTo(positionsByOfficial, officialId, i);
    if (e.location !== null) pushTo(positionsByPlace, e.location, i);
  });
  return {
    dataset,
    eventsByDate,
    starts,
    ends,
    eventById,
    positionById,
    officialById: new Map(dataset.officials.map((o) => [o.id, o])),
    organizationById: new Map(dataset.organizations.map((o) => [o.id, o])),
    articleById: new Map(dataset.articles.map((a) => [a.id, a])),
    partyByCode: new Map(dataset.corpus.parties.map((p) => [p.code, p])),
    positionsByOfficial,
    positionsByPlace,
  };
}

/**
 * Positions (ascending, into `eventsByDate`) of the events the filter lets through: all events when
 * no official is selected, else those of any selected official. Work is proportional to the
 * selected officials' events, not to the dataset.
 */
export function filteredPositions(index: DatasetIndex, officialIds: readonly string[]): Int32Array | null {
  if (officialIds.length === 0) return null; // null = everything passes
  if (officialIds.length === 1) return Int32Array.from(index.positionsByOfficial.get(officialIds[0]!) ?? []);
  // Several officials: mark their events, then read the marks in order (no hashing, no sort).
  const marks = new Uint8Array(index.eventsByDate.length);
  let count = 0;
  for (const officialId of officialIds) {
    for (const p of index.positionsByOfficial.get(officialId) ?? []) {
      if (marks[p] === 0) {
        marks[p] = 1;
        count++;
      }
    }
  }
  const out = new Int32Array(count);
  for (let p = 0, j = 0; j < count; p++) if (marks[p] === 1) out[j++] = p;
  return out;
}
