import { describe, expect, it } from 'vitest';
import type { Official } from '../../../data/schema';
import { buildOfficialMatcher, matchOfficials } from './match-officials';

const official = (id: string, name: string, extra: Partial<Official> = {}): Official => ({
  id,
  name,
  country: 'VN',
  aliases: [],
  roles: [],
  ...extra,
});

const officials = [
  official('phan-van-giang', 'Phan Van Giang', { nativeName: 'Phan Văn Giang', aliases: ['General Giang'] }),
  official('sergei-shoigu', 'Sergei Shoigu', { country: 'RU', nativeName: 'Сергей Шойгу', aliases: ['S.K. Shoigu'] }),
  official('nguyen-chi-vinh', 'Nguyen Chi Vinh', { nativeName: 'Nguyễn Chí Vịnh' }),
  official('alexander-fomin', 'Alexander Fomin', { country: 'RU', aliases: ['A.V. Fomin'] }),
  official('hoang-xuan-chien', 'Hoang Xuan Chien', { nativeName: 'Hoàng Xuân Chiến' }),
];
const counts = new Map([
  ['phan-van-giang', 5],
  ['sergei-shoigu', 9],
  ['nguyen-chi-vinh', 2],
]);
const matcher = buildOfficialMatcher(officials, counts);
const ids = (query: string, options = {}) => matchOfficials(matcher, query, options).map((e) => e.official.id);

describe('matchOfficials', () => {
  it('finds Phan Van Giang however it is typed', () => {
    for (const q of ['phan văn giang', 'PHAN VAN', 'Giang', 'giang phan', '  phan   van ']) {
      expect(ids(q)[0], q).toBe('phan-van-giang');
    }
  });

  it('matches native names in other scripts and aliases with punctuation', () => {
    expect(ids('Шойгу')).toEqual(['sergei-shoigu']);
    expect(ids('sk shoigu')).toEqual(['sergei-shoigu']);
    expect(ids('a v fomin')).toEqual(['alexander-fomin']);
    expect(ids('Chiến')).toEqual(['hoang-xuan-chien']);
  });

  it('ranks a name that starts with the query above one that merely contains it', () => {
    const m = buildOfficialMatcher([official('a', 'Anh Van'), official('b', 'Van Anh')], new Map([['a', 10]]));
    expect(matchOfficials(m, 'van').map((e) => e.official.id)).toEqual(['b', 'a']);
  });

  it('lists officials by number of events for an empty query, and honours exclude and limit', () => {
    expect(ids('')).toEqual(['sergei-shoigu', 'phan-van-giang', 'nguyen-chi-vinh', 'alexander-fomin', 'hoang-xuan-chien']);
    expect(ids('', { exclude: new Set(['sergei-shoigu']), limit: 2 })).toEqual(['phan-van-giang', 'nguyen-chi-vinh']);
  });

  it('finds nothing for a name that is not there, and keeps event counts', () => {
    expect(ids('putin')).toEqual([]);
    expect(matchOfficials(matcher, 'shoigu')[0]?.eventCount).toBe(9);
  });

  it('scales to 2,000 officials with precomputed keys', () => {
    const many = Array.from({ length: 2000 }, (_, i) => official(`o${i}`, `Official Number ${i}`, { aliases: [`Alias ${i}`] }));
    const big = buildOfficialMatcher(many, new Map());
    expect(big.entries.every((e) => e.keys.length === 2)).toBe(true);
    expect(matchOfficials(big, 'number 1999').map((e) => e.official.id)).toEqual(['o1999']);
  });
});
