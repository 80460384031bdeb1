import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addArticle, articleHash } from './add-article';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'corpus-add-'));
  await mkdir(path.join(root, 'corpus/articles'), { recursive: true });
  await writeFile(path.join(root, 'corpus/articles/004_aaaaaaaaaaaaaaaa.txt'), 'older');
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('addArticle', () => {
  it('copies the text byte for byte under NNN_<first 16 hex of its SHA-256>, with its metadata and the printed date', async () => {
    const bytes = Buffer.from('\uFEFFTalks in Hanoi\r\n\r\n05/07/2020 00:30\r\nMinh met Petrov on July 3.\r\n', 'utf8');
    const file = path.join(root, 'new.txt');
    await writeFile(file, bytes);
    const added = await addArticle({ file, corpusDir: path.join(root, 'corpus'), title: 'Talks in Hanoi', source: 'VNA', published: '2020-07-05' });
    expect(added.id).toBe(`005_${articleHash(bytes)}`);
    expect(articleHash(bytes)).toMatch(/^[0-9a-f]{16}$/);
    expect(Buffer.compare(await readFile(added.textFile), bytes)).toBe(0);
    expect(JSON.parse(await readFile(added.metaFile, 'utf8'))).toEqual({
      title: 'Talks in Hanoi',
      source: 'VNA',
      publishedAt: '2020-07-05',
      publishedAtQuote: '05/07/2020 00:30',
      url: null,
    });
    await expect(addArticle({ file, corpusDir: path.join(root, 'corpus'), title: 'x', source: 'y' })).rejects.toThrow(/already in the corpus as .*005_/);
  });

  it('refuses a file that is not UTF-8 or is empty', async () => {
    const file = path.join(root, 'bad.txt');
    await writeFile(file, Uint8Array.from([0x48, 0xe0, 0x6e]));
    await expect(addArticle({ file, corpusDir: path.join(root, 'corpus'), title: 'x', source: 'y' })).rejects.toThrow(/not valid UTF-8/);
    await writeFile(file, ' \n');
    await expect(addArticle({ file, corpusDir: path.join(root, 'corpus'), title: 'x', source: 'y' })).rejects.toThrow(/empty/);
  });
});
