// The draft of a short article of our own: who took part, and how each contact is dated and placed.
import { describe, expect, it } from 'vitest';
import type { CorpusOfficial } from '../corpus-schema';
import { draftArticle, type DraftInput } from './draft-article';

const officials: CorpusOfficial[] = [
  { id: 'tran-minh', name: 'Tran Minh', country: 'VN', aliases: ['Minh'] },
  { id: 'ivan-petrov', name: 'Ivan Petrov', country: 'RU', aliases: ['Petrov'] },
  { id: 'oleg-sidorov', name: 'Oleg Sidorov', country: 'RU', aliases: ['Sidorov'] },
];
const parties = [
  { code: 'VN', name: 'Vietnam', adjective: 'Vietnamese' },
  { code: 'RU', name: 'Russia', adjective: 'Russian' },
];
const text = [
  'Ministers meet',
  '',
  '12/05/2022 08:00',
  '',
  'General Tran Minh is paying an official visit to Russia from May 9-13.',
  'On May 11, Minh held talks in Moscow with Defence Minister Ivan Petrov.',
  'The two sides agreed to expand training.',
  'Earlier, Minh met Deputy Minister Oleg Sidorov.',
  'Minh thanked Russian President Pavel Orlov for his support.',
  'Petrov also met Chinese Defence Minister Li Wei.',
].join('\n');
const input: DraftInput = { articleId: 'x', text, publishedAt: '2022-05-12', publishedAtQuote: '12/05/2022 08:00', officials, organizations: [], parties };

describe('draftArticle', () => {
  const draft = draftArticle(input);
  const byPair = (a: string, b: string) => draft.events.find((e) => e.officials.includes(a) && e.officials.includes(b));

  it('drafts the visit, the dated talks and the earlier meeting, and pairs no one thanked or from a third country', () => {
    expect(draft.events.map((e) => [e.kind, e.officials])).toEqual([
      ['visit', ['tran-minh']],
      ['talks', ['tran-minh', 'ivan-petrov']],
      ['talks', ['tran-minh', 'oleg-sidorov']],
    ]);
    expect(draft.newOfficials).toEqual([]);
  });

  it('dates the talks to the day their sentence gives, in the place it gives, with tagged quotes', () => {
    expect(byPair('tran-minh', 'ivan-petrov')).toMatchObject({ date: '2022-05-11', precision: 'day', location: 'Moscow' });
    expect(byPair('tran-minh', 'ivan-petrov')?.quotes).toEqual([
      { text: 'On May 11, Minh held talks in Moscow with Defence Minister Ivan Petrov.', supports: ['who', 'when', 'where', 'what'] },
      { text: 'The two sides agreed to expand training.', supports: ['what'] },
    ]);
  });

  it('bounds an "Earlier" meeting by the start of the visit and the talks it came before', () => {
    expect(byPair('tran-minh', 'oleg-sidorov')).toMatchObject({ date: '2022-05-09', endDate: '2022-05-11', precision: 'range' });
  });
});

describe('draftArticle on a corpus of other parties', () => {
  // Fictional parties: what is a party's word comes from the corpus description, not from the code.
  const fiction: DraftInput = {
    articleId: 'f',
    text: [
      'Ministers meet',
      '',
      'Arland and Borvia renewed their pact.',
      'On June 3, in Arland-Borvia talks in Velgrad, General Kato Arun met Defence Minister Ivo Marek.',
    ].join('\n'),
    publishedAt: '1998-06-04',
    officials: [
      { id: 'kato-arun', name: 'Kato Arun', country: 'AL', aliases: [] },
      { id: 'ivo-marek', name: 'Ivo Marek', country: 'BV', aliases: [] },
    ],
    organizations: [],
    parties: [
      { code: 'AL', name: 'Arland', adjective: 'Arlandic' },
      { code: 'BV', name: 'Borvia', adjective: 'Borvian' },
    ],
  };
  const draft = draftArticle(fiction);

  it('takes no party name for a person and no pair of parties for a place', () => {
    expect(draft.newOfficials).toEqual([]);
    expect(draft.events).toHaveLength(1);
    expect(draft.events[0]).toMatchObject({ officials: ['kato-arun', 'ivo-marek'], date: '1998-06-03', location: 'Velgrad' });
  });
});
