// What the evaluation knows beyond the articles, as a curator would: the day to read dates against for
// seed articles that print no publication date (from what is known of their publication, see their
// metadata notes), and the contacts each fixture article reports.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { DatedEvent } from './evaluate';

export const SEED_REFERENCES: Record<string, string> = {
  '000_cadd279a0263d3d1': '2019-06-30',
  '001_ef43aa0b035f2f27': '2019-08-31',
  '002_af3317a501c7345c': '2018-12-31',
};

export const FIXTURE_CORPUS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/agency');

export async function fixtureExpectations(): Promise<Record<string, DatedEvent[]>> {
  const source = parse(await readFile(path.join(FIXTURE_CORPUS, 'expected-contacts.yaml'), 'utf8')) as Record<string, { officials: string[]; date: string }[]>;
  return Object.fromEntries(Object.entries(source).map(([article, contacts]) => [article, contacts.map((c) => ({ ...c, precision: 'day' as const }))]));
}
