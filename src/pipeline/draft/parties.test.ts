import { describe, expect, it } from 'vitest';
import { allCountryNames, isOtherNationality, partyOfWord } from './parties';

const parties = [
  { code: 'VN', name: 'Vietnam', adjective: 'Vietnamese' },
  { code: 'RU', name: 'Russia' },
];
const other = (word: string) => isOtherNationality(word, parties, allCountryNames());

describe('parties and nationalities', () => {
  it('reads a party from its name or adjective, declared or starting like its name', () => {
    expect(partyOfWord('Vietnamese', parties)?.code).toBe('VN');
    expect(partyOfWord('Russian', parties)?.code).toBe('RU');
    expect(partyOfWord('Russia’s', parties)?.code).toBe('RU');
  });

  it('tells a third country by its adjective or the name it starts', () => {
    for (const word of ['Chinese', 'Belarusian', 'Korean', 'Lao', 'Thai', 'Cuban', 'Iraqi', 'China']) expect(other(word), word).toBe(true);
  });

  it('does not take a party, a title word or a given name for a nationality', () => {
    for (const word of ['Russian', 'Vietnamese', 'State', 'Minister', 'Andrei', 'Sergei', 'Xuan', 'Van', 'Hung', 'Chien']) expect(other(word), word).toBe(false);
  });
});
