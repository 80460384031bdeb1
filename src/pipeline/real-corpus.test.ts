// The real corpus (src/corpus) builds, every annotated event carries evidence, and every article
// reports at least one event.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleCorpus } from './build-dataset';

const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../corpus');

// A whole build with every rule: allow for a busy machine.
describe('the real corpus', { timeout: 20_000 }, () => {
  it('builds; every event has evidence in its articles and every article has an event', async () => {
    const { dataset, articleFiles } = await assembleCorpus(corpusDir);
    expect(dataset.articles.length).toBeGreaterThanOrEqual(5);
    const texts = new Map(articleFiles.map((f) => [f.id, f.text]));
    for (const event of dataset.events) {
      expect(event.sources.length, event.id).toBeGreaterThan(0);
      for (const source of event.sources) {
        expect(source.evidence.length, event.id).toBeGreaterThan(0);
        for (const span of source.evidence) expect(texts.get(source.articleId)!.slice(span.start, span.end).trim(), event.id).not.toBe('');
      }
    }
    const cited = new Set(dataset.events.flatMap((e) => e.sources.map((s) => s.articleId)));
    expect(dataset.articles.map((a) => a.id).filter((id) => !cited.has(id))).toEqual([]);
    for (const file of articleFiles) expect(file.mentions.length, file.id).toBeGreaterThan(0);
  });
});
