// corpus:add's logic: the article copied into the corpus byte for byte under a new id, its metadata
// written, and a draft annotation beside it. An id is `NNN_<hash>`: NNN the next three-digit number
// in the corpus, <hash> the first 16 hexadecimal digits of the SHA-256 of the article's bytes, so the
// same text added twice is caught.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeArticleText } from '../read-corpus';
import type { DateOrder } from '../corpus-schema';
import { findDateExpressions } from './dates';

export interface AddOptions {
  file: string;
  corpusDir: string;
  title: string;
  source: string;
  published?: string;
  url?: string;
  /** How the outlet writes slash dates, when not day first. */
  order?: DateOrder;
}

export interface Added {
  id: string;
  textFile: string;
  metaFile: string;
}

export function articleHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** Throws an Error saying what is wrong (not UTF-8, empty, already in the corpus). */
export async function addArticle(options: AddOptions): Promise<Added> {
  const bytes = await readFile(options.file);
  let text: string;
  try {
    text = decodeArticleText(bytes);
  } catch {
    throw new Error(`${options.file}: not valid UTF-8; save the article as UTF-8 text`);
  }
  if (text.trim() === '') throw new Error(`${options.file}: the article is empty`);
  const dir = path.join(options.corpusDir, 'articles');
  await mkdir(dir, { recursive: true });
  const names = await readdir(dir);
  const hash = articleHash(bytes);
  const same = names.find((n) => n.endsWith(`_${hash}.txt`));
  if (same) throw new Error(`${options.file}: this text is already in the corpus as ${path.join(dir, same)}`);
  const numbers = names.map((n) => /^(\d{3})_/.exec(n)?.[1]).filter((n): n is string => n !== undefined).map(Number);
  const id = `${String(numbers.length === 0 ? 0 : Math.max(...numbers) + 1).padStart(3, '0')}_${hash}`;
  const textFile = path.join(dir, `${id}.txt`);
  const metaFile = path.join(dir, `${id}.json`);
  await writeFile(textFile, bytes, { flag: 'wx' });
  await writeFile(metaFile, `${JSON.stringify(metadata(options, text), null, 2)}\n`, { flag: 'wx' });
  return { id, textFile, metaFile };
}

function metadata(options: AddOptions, text: string): Record<string, unknown> {
  const printed = options.published ? printedDate(text, options.published, options.order) : undefined;
  return {
    title: options.title,
    source: options.source,
    publishedAt: options.published ?? null,
    ...(printed ? { publishedAtQuote: printed } : {}),
    ...(options.published && !printed ? { publishedAtNote: 'Not printed in the article: say here where the date comes from.' } : {}),
    ...(!options.published ? { publishedAtNote: 'Not printed in the article: say here what is known of the publication.' } : {}),
    ...(options.order ? { dateOrder: options.order } : {}),
    url: options.url ?? null,
  };
}

/** The first passage of the article that prints the publication day (a dateline, a "05/07/2020" line). */
function printedDate(text: string, day: string, order: DateOrder | undefined): string | undefined {
  return findDateExpressions(text, { publishedAt: day, ...(order ? { order } : {}) }).find((e) => e.date === day && e.precision === 'day' && e.yearFrom === 'printed')?.text;
}
