import { describe, expect, it } from 'vitest';
import { foldText, nameKey, tokenize } from './fold-text';

describe('foldText', () => {
  it('ignores case and Vietnamese diacritics, đ included', () => {
    expect(foldText('Phan Văn Giang')).toBe('phan van giang');
    expect(foldText('Nguyễn Chí Vịnh')).toBe('nguyen chi vinh');
    expect(foldText('Lương Cường ĐẠI')).toBe('luong cuong dai');
  });
});

describe('tokenize', () => {
  it('keeps original offsets and splits on punctuation', () => {
    const text = 'Sen. Lieut. Gen. A.V. Fomin,';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.token)).toEqual(['sen', 'lieut', 'gen', 'a', 'v', 'fomin']);
    const last = tokens.at(-1)!;
    expect(text.slice(last.start, last.end)).toBe('Fomin');
  });
  it('keeps offsets right for text with decomposable letters', () => {
    const text = 'Ông Phan Văn Giang';
    const giang = tokenize(text).at(-1)!;
    expect(text.slice(giang.start, giang.end)).toBe('Giang');
  });
});

describe('nameKey', () => {
  it('makes punctuation and spacing variants equal', () => {
    expect(nameKey('S.K.Shoigu')).toBe(nameKey('s k shoigu'));
    expect(nameKey("People’s Army")).toBe(nameKey("People's Army"));
  });
});
