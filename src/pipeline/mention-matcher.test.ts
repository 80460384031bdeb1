import { describe, expect, it } from 'vitest';
import { MentionMatcher, type NamedEntity } from './mention-matcher';

const entities: NamedEntity[] = [
  { kind: 'official', id: 'andrey-belousov', names: ['Andrei Belousov', 'Андрей Белоусов', 'Andrey Removich Belousov', 'Belousov'] },
  { kind: 'official', id: 'phan-van-giang', names: ['Phan Van Giang', 'Phan Văn Giang', 'Giang'] },
  { kind: 'official', id: 'sergei-shoigu', names: ['Sergei Shoigu', 'S.K.Shoigu', 'Shoigu'] },
  { kind: 'organization', id: 'vpa', names: ["Vietnam People's Army", 'VPA'] },
  { kind: 'organization', id: 'vpa-general-staff', names: ["General Staff of the Vietnam People's Army"] },
];

function spans(text: string, matcher = new MentionMatcher(entities)) {
  return matcher.match(text).mentions.map((m) => [text.slice(m.start, m.end), m.officialId ?? m.organizationId]);
}

describe('MentionMatcher', () => {
  it('takes the longest match: a full name is one mention, not also its surname', () => {
    expect(spans('Andrey Removich Belousov met Belousov.')).toEqual([
      ['Andrey Removich Belousov', 'andrey-belousov'],
      ['Belousov', 'andrey-belousov'],
    ]);
    expect(spans("the General Staff of the Vietnam People's Army and the VPA")).toEqual([
      ["General Staff of the Vietnam People's Army", 'vpa-general-staff'],
      ['VPA', 'vpa'],
    ]);
  });

  it('ignores case, diacritics, đ and punctuation', () => {
    expect(spans('GEN. PHAN VĂN GIANG and s. k. shoigu; Андрей Белоусов')).toEqual([
      ['PHAN VĂN GIANG', 'phan-van-giang'],
      ['s. k. shoigu', 'sergei-shoigu'],
      ['Андрей Белоусов', 'andrey-belousov'],
    ]);
    const dj = new MentionMatcher([{ kind: 'official', id: 'dinh', names: ['Đinh Tiến Dũng'] }]);
    expect(spans('Minister Dinh Tien Dung spoke', dj)).toEqual([['Dinh Tien Dung', 'dinh']]);
  });

  it('matches on word boundaries only', () => {
    expect(spans('Giangson and Shoiguism and VPAs are not names; Giang’s is.')).toEqual([['Giang', 'phan-van-giang']]);
  });

  it('returns mentions sorted by start and finds a name at the very end of the text', () => {
    const found = new MentionMatcher(entities).match('VPA, Shoigu, Giang').mentions;
    expect(found.map((m) => m.start)).toEqual([0, 5, 13]);
  });

  it('reports a name shared by two entities instead of guessing', () => {
    const shared = new MentionMatcher([
      { kind: 'official', id: 'nguyen-a', names: ['Nguyen Van A', 'Nguyen'] },
      { kind: 'official', id: 'nguyen-b', names: ['Nguyen Van B', 'Nguyen'] },
    ]);
    const result = shared.match('Nguyen Van A met Nguyen.');
    expect(result.mentions).toEqual([{ start: 0, end: 12, officialId: 'nguyen-a' }]);
    expect(result.ambiguous).toEqual([{ start: 17, end: 23, text: 'Nguyen', candidates: ['official:nguyen-a', 'official:nguyen-b'] }]);
  });

  it('does not treat one entity listing a name twice as ambiguous', () => {
    const twice = new MentionMatcher([{ kind: 'organization', id: 'asean', names: ['ASEAN', 'Asean'] }]);
    expect(twice.match('ASEAN').ambiguous).toEqual([]);
  });
});
