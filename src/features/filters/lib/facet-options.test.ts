import { describe, expect, it } from 'vitest';
import { eventCountText, facetOptions } from './facet-options';

describe('facetOptions', () => {
  const counts = new Map([
    ['Moscow', 5],
    ['Hanoi', 2],
    ['Online', 2],
    ['Nowhere', 0],
  ]);
  it('lists chosen values first, then the rest by count and name, without empty ones', () => {
    const options = facetOptions(counts, ['Online'], (v) => v);
    expect(options.map((o) => [o.value, o.count, o.checked])).toEqual([
      ['Online', 2, true],
      ['Moscow', 5, false],
      ['Hanoi', 2, false],
    ]);
  });

  it('keeps a chosen value with no events in view, so it can be unticked', () => {
    expect(facetOptions(counts, ['Atlantis'], (v) => v)[0]).toEqual({ value: 'Atlantis', label: 'Atlantis', count: 0, checked: true });
  });

  it('caps the list but never drops a chosen value', () => {
    expect(facetOptions(counts, ['Hanoi', 'Online'], (v) => v, 1).map((o) => o.value)).toEqual(['Hanoi', 'Online']);
    expect(facetOptions(counts, [], (v) => v, 2)).toHaveLength(2);
  });

  it('orders equal counts by name as a reader would, diacritics and case aside', () => {
    const tied = new Map([
      ['hanoi', 1],
      ['danang', 1],
      ['camranh', 1],
      ['ams', 1],
    ]);
    const labels: Record<string, string> = { hanoi: 'Hanoi', danang: 'Đà Nẵng', camranh: 'Cam Ranh', ams: 'amsterdam' };
    expect(facetOptions(tied, [], (v) => labels[v]!).map((o) => o.label)).toEqual(['amsterdam', 'Cam Ranh', 'Đà Nẵng', 'Hanoi']);
  });

  it('labels values through the given lookup', () => {
    expect(facetOptions(new Map([['ru-mod', 1]]), [], () => 'Ministry of Defence')[0]!.label).toBe('Ministry of Defence');
  });
});

describe('eventCountText', () => {
  it('says what it counts', () => {
    expect(eventCountText(1)).toBe('1 event');
    expect(eventCountText(12345)).toBe('12,345 events');
  });
});
