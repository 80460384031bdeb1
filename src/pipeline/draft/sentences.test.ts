import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('does not end a sentence at a rank abbreviation or an initial', () => {
    expect(texts('Sen. Lieut. Gen. Tran Van Minh met Col. Gen. A.V. Petrov on Monday. They agreed.')).toEqual([
      'Sen. Lieut. Gen. Tran Van Minh met Col. Gen. A.V. Petrov on Monday.',
      'They agreed.',
    ]);
  });

  it('ends a sentence at a full stop glued to the next one, but not inside glued ranks', () => {
    expect(texts('The two sides agreed.Minh thanked his host.')).toEqual(['The two sides agreed.', 'Minh thanked his host.']);
    expect(texts('Minh met Sen.Lieut.Gen Ivan Petrov.')).toEqual(['Minh met Sen.Lieut.Gen Ivan Petrov.']);
  });

  it('keeps a line break as a bound, and gives offsets into the text', () => {
    const text = 'HANOI, May 4 (VNA) –\n  The talks ended. ';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['HANOI, May 4 (VNA) –', 'The talks ended.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
