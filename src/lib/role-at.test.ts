import { describe, expect, it } from 'vitest';
import type { Role } from '../data/schema';
import { roleAtEvent } from './role-at';

const role = (title: string, asOf: string, articleId: string): Role => ({ title, asOf, articleId, organizationId: null, start: 0, end: 1 });
const event = (date: string, articleIds: string[]) => ({
  date,
  sources: articleIds.map((articleId) => ({ articleId, evidence: [{ start: 0, end: 1, supports: ['what' as const] }] })),
});

describe('roleAtEvent', () => {
  const roles = [
    role('Chief of the General Staff', '2019-06-19', 'a1'),
    role('Minister of National Defence', '2021-08-01', 'a2'),
    role('Deputy Minister', '2018-03-01', 'a3'),
  ];

  it('prefers the title reported in one of the event’s own articles', () => {
    expect(roleAtEvent({ roles }, event('2022-01-10', ['a1']))?.title).toBe('Chief of the General Staff');
  });

  it('otherwise takes the latest title known on or before the event', () => {
    expect(roleAtEvent({ roles }, event('2020-05-01', ['zz']))?.title).toBe('Chief of the General Staff');
    expect(roleAtEvent({ roles }, event('2023-05-01', ['zz']))?.title).toBe('Minister of National Defence');
  });

  it('does not back-date a title first reported after the event', () => {
    expect(roleAtEvent({ roles }, event('2017-01-01', ['zz']))).toBeNull();
    expect(roleAtEvent({ roles: [] }, event('2020-01-01', ['a1']))).toBeNull();
  });

  it('among several titles in the event’s articles, takes the one current at the event', () => {
    const two = [role('Colonel General', '2018-01-01', 'a1'), role('Minister', '2021-01-01', 'a1')];
    expect(roleAtEvent({ roles: two }, event('2019-01-01', ['a1']))?.title).toBe('Colonel General');
    expect(roleAtEvent({ roles: two }, event('2017-01-01', ['a1']))?.title).toBe('Colonel General');
  });
});
