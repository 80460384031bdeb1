import { describe, expect, it } from 'vitest';
import type { CorpusOfficial } from '../corpus-schema';
import { newOfficialId, transliterationOf } from './officials';

const gazetteer: CorpusOfficial[] = [
  { id: 'sergei-petrovsky', name: 'Sergei Petrovsky', country: 'RU', aliases: ['Petrovsky'] },
  { id: 'alexander-volkov', name: 'Alexander Volkov', country: 'RU', aliases: ['Andrey Volkov'] },
];

describe('transliterationOf', () => {
  it('knows an official under another transliteration of the first name or the surname', () => {
    expect(transliterationOf('Sergey Petrovskiy', gazetteer)?.id).toBe('sergei-petrovsky');
    expect(transliterationOf('Aleksandr Volkov', gazetteer)?.id).toBe('alexander-volkov');
    expect(transliterationOf('Andrei Volkov', gazetteer)?.id).toBe('alexander-volkov');
  });

  it('does not take another person with a similar name', () => {
    expect(transliterationOf('Boris Volkov', gazetteer)).toBeUndefined();
  });
});

describe('newOfficialId', () => {
  it('folds diacritics and punctuation into a hyphenated id', () => {
    expect(newOfficialId('Trần Văn Minh')).toBe('tran-van-minh');
    expect(newOfficialId('A.V. Petrov')).toBe('a-v-petrov');
  });
});
