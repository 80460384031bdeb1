import { describe, expect, it } from 'vitest';
import { findPeople } from './people';

const nationality = (w: string) => ['Russian', 'Vietnamese', 'Chinese'].includes(w);
const people = (text: string, mentions: { start: number; end: number; officialId?: string; organizationId?: string }[] = []) =>
  findPeople(text, { start: 0, end: text.length }, mentions, nationality).map(({ name, officialId, title, apposition }) => ({
    name,
    ...(officialId ? { officialId } : {}),
    title,
    apposition,
  }));

describe('findPeople', () => {
  it('finds a name a rank introduces, with the whole title before it', () => {
    expect(people('Deputy Defence Minister Sen. Lieut. Gen. Tran Van Minh met his Russian counterpart Col. Gen. A.V. Petrov.')).toEqual([
      { name: 'Tran Van Minh', title: 'Deputy Defence Minister Sen. Lieut. Gen.', apposition: '' },
      { name: 'A.V. Petrov', title: 'Russian counterpart Col. Gen.', apposition: '' },
    ]);
  });

  it('finds a name a title follows after a comma', () => {
    expect(people('Talks opened between Tran Van Minh, Chief of the General Staff, and his guest.')).toEqual([
      { name: 'Tran Van Minh', title: '', apposition: 'Chief of the General Staff' },
    ]);
  });

  it('does not take capitalised words without a title for a person', () => {
    expect(people('The International Army Games opened in Moscow.')).toEqual([]);
    expect(people('Vietnam and Russia agreed.')).toEqual([]);
  });

  it('takes a known official from the gazetteer, with a first name it lacks', () => {
    const text = 'Defence Minister Andrei Petrov arrived.';
    const at = text.indexOf('Petrov');
    expect(people(text, [{ start: at, end: at + 6, officialId: 'andrey-petrov' }])).toEqual([
      { name: 'Andrei Petrov', officialId: 'andrey-petrov', title: 'Defence Minister', apposition: '' },
    ]);
  });
});
