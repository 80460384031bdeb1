import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyCorpusHeader, readCorpusHeader } from './corpus-html';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the static page header', () => {
  it("is filled from the dataset's corpus, escaped", async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'corpus-html-'));
    const file = path.join(dir, 'dataset.json');
    await writeFile(file, JSON.stringify({ corpus: { title: 'A & B <ties>', description: 'Say "hi"' } }));
    const html = await readFile(new URL('../../index.html', import.meta.url), 'utf8');
    const filled = applyCorpusHeader(html, readCorpusHeader(file));
    expect(filled).toContain('<title>A &amp; B &lt;ties&gt; — an explorer</title>');
    expect(filled).toContain('<h1>A &amp; B &lt;ties&gt;</h1>');
    expect(filled).toContain('<p class="app-description">Say &quot;hi&quot;</p>');
    expect(filled).toContain('<meta name="description" content="Say &quot;hi&quot;" />');
    expect(filled).toContain('<meta property="og:title" content="A &amp; B &lt;ties&gt;" />');
    expect(filled).not.toMatch(/%CORPUS_(TITLE|DESCRIPTION)%/);
    // Written again for another corpus, a page says only the new one ("$&" stays literal).
    const again = applyCorpusHeader(filled, { title: 'Other $& ties', description: 'Other.' });
    expect(again).toContain('<h1>Other $&amp; ties</h1>');
    expect(again).not.toContain('A &amp; B');
  });

  it('says what to run when there is no dataset', () => {
    expect(() => readCorpusHeader('/nonexistent/dataset.json')).toThrow(/npm run dataset/);
  });
});
