import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { acceptDraft } from './accept-draft';
import { draftToYaml } from './draft-yaml';
import type { Draft } from './draft-types';

const draft: Draft = {
  article: 'a',
  roles: [{ official: 'minh', title: 'Defence Minister', quote: 'Defence Minister Minh' }],
  events: [
    {
      id: '2021-03-02-minh-petrov-talks',
      title: 'Talks between Minh and Ivan Petrov',
      kind: 'talks',
      date: '2021-03-02',
      precision: 'day',
      location: 'Hanoi',
      officials: ['minh', 'ivan-petrov'],
      organizations: [],
      summary: 'Talks between Minh and Ivan Petrov, in Hanoi.',
      quotes: [
        { text: 'Minh met Ivan Petrov in Hanoi on Tuesday.', supports: ['who', 'when', 'where', 'what'] },
        { text: 'The two sides agreed.', supports: ['what'] },
      ],
    },
  ],
  newOfficials: [{ id: 'ivan-petrov', name: 'Ivan Petrov', country: 'RU', aliases: ['Petrov'], quote: 'General Ivan Petrov' }],
  newAliases: [{ official: 'minh', alias: 'Tran Minh', quote: 'Minister Tran Minh' }],
};

describe('draftToYaml', () => {
  it('starts with the status line and writes quotes tagged, or plain when they support only what', () => {
    const yaml = draftToYaml(draft);
    expect(yaml.split('\n')[0]).toBe('status: draft');
    expect(yaml).toContain('officials: [minh, ivan-petrov]');
    const parsed = parse(yaml) as { events: { sources: { article: string; quotes: unknown[] }[] }[] };
    expect(parsed.events[0]!.sources).toEqual([
      {
        article: 'a',
        quotes: [{ text: 'Minh met Ivan Petrov in Hanoi on Tuesday.', supports: ['who', 'when', 'where', 'what'] }, 'The two sides agreed.'],
      },
    ]);
  });
});

describe('acceptDraft', () => {
  it('removes the status line, moves new officials without their quote and adds new aliases', () => {
    const officials = '# the gazetteer\n- id: minh\n  name: Minh\n  country: VN\n  aliases: [Minh]\n';
    const accepted = acceptDraft(draftToYaml(draft), officials);
    const annotation = parse(accepted.annotation) as Record<string, unknown>;
    expect(Object.keys(annotation)).toEqual(['article', 'roles', 'events']);
    expect(accepted.officials.startsWith('# the gazetteer')).toBe(true);
    expect(parse(accepted.officials)).toEqual([
      { id: 'minh', name: 'Minh', country: 'VN', aliases: ['Minh', 'Tran Minh'] },
      { id: 'ivan-petrov', name: 'Ivan Petrov', country: 'RU', aliases: ['Petrov'] },
    ]);
  });
});
