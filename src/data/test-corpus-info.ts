// Test helper: the `corpus` object of a dataset built by hand in a test (two fictional parties).
import type { CorpusInfo } from './schema';

export const TEST_CORPUS_INFO: CorpusInfo = {
  title: 'Avaria–Borduria defence ties, 1995–2001',
  description: 'A test corpus.',
  parties: [
    { code: 'AV', name: 'Avaria', adjective: 'Avarian', colour: '#1f9e89' },
    { code: 'BO', name: 'Borduria', adjective: 'Bordurian', colour: '#8a63d2' },
  ],
  span: { from: '1995-01-01', to: '2001-12-31' },
};
