import { describe, expect, it } from 'vitest';
import { countryName, partyOf } from './countries';
import { TEST_CORPUS_INFO } from './test-corpus-info';

const parties = new Map(TEST_CORPUS_INFO.parties.map((p) => [p.code, p]));

describe('countryName', () => {
  it("names a party by the dataset's name, a third country by its region name, no country as International", () => {
    expect(countryName(parties, 'AV')).toBe('Avaria');
    expect(countryName(parties, 'NO')).toBe('Norway');
    expect(countryName(parties, null)).toBe('International');
    expect(countryName(parties, 'QQ')).toBe('QQ');
    expect(partyOf(parties, 'BO')?.colour).toBe('#8a63d2');
    expect(partyOf(parties, 'NO')).toBeUndefined();
  });
});
