// Test helpers for datasets built by hand in a test: the `corpus` object (two fictional parties) and
// an event with plain defaults.
import type { CorpusInfo, DefenceEvent } from './schema';

export const TEST_CORPUS_INFO: CorpusInfo = {
  title: 'Avaria–Borduria defence ties, 1995–2001',
  description: 'A test corpus.',
  parties: [
    { code: 'AV', name: 'Avaria', adjective: 'Avarian', colour: '#1f9e89' },
    { code: 'BO', name: 'Borduria', adjective: 'Bordurian', colour: '#8a63d2' },
  ],
  span: { from: '1995-01-01', to: '2001-12-31' },
};

/** A one-day talks event titled by its id, from article "a", with no participants unless `extra` says so. */
export function testEvent(id: string, date: string, extra: Partial<DefenceEvent> = {}): DefenceEvent {
  return {
    id,
    title: id,
    kind: 'talks',
    date,
    datePrecision: 'day',
    location: null,
    officialIds: [],
    organizationIds: [],
    summary: 's',
    sources: [{ articleId: 'a', evidence: [{ start: 0, end: 1, supports: ['what'] }] }],
    ...extra,
  };
}
