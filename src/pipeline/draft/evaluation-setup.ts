// The fixture corpus of agency-style articles of our own writing, and the contacts each one reports.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { DatedEvent } from './evaluate';

export const FIXTURE_CORPUS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/agency');

export async function fixtureExpectations(): Promise<Record<string, DatedEvent[]>> {
  const source = parse(await readFile(path.join(FIXTURE_CORPUS, 'expected-contacts.yaml'), 'utf8')) as Record<string, { officials: string[]; date: string }[]>;
  return Object.fromEntries(Object.entries(source).map(([article, contacts]) => [article, contacts.map((c) => ({ ...c, precision: 'day' as const }))]));
}
