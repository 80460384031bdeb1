// Test helper: a private copy of a fixture corpus in a temp folder, to break one file at a time.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset } from './build-dataset';
import { CorpusError } from './corpus-error';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

export interface TestCorpus {
  root: string;
  corpusDir: string;
  outDir: string;
  file(relative: string): string;
  read(relative: string): Promise<string>;
  write(relative: string, content: string | Uint8Array): Promise<void>;
  /** Replace `from` by `to` in a file of the corpus; fails the test when `from` is not there. */
  edit(relative: string, from: string, to: string): Promise<void>;
  build(): ReturnType<typeof buildDataset>;
  /** Build, expecting failure; the joined `file:line: message` lines. */
  buildError(): Promise<string>;
  remove(): Promise<void>;
}

export async function copyFixture(name = 'mini'): Promise<TestCorpus> {
  const root = await mkdtemp(path.join(tmpdir(), 'corpus-test-'));
  const corpusDir = path.join(root, 'corpus');
  const outDir = path.join(root, 'out');
  await cp(path.join(fixtures, name), corpusDir, { recursive: true });
  const file = (relative: string) => path.join(corpusDir, relative);
  const corpus: TestCorpus = {
    root,
    corpusDir,
    outDir,
    file,
    read: (relative) => readFile(file(relative), 'utf8'),
    write: (relative, content) => writeFile(file(relative), content),
    async edit(relative, from, to) {
      const before = await corpus.read(relative);
      if (!before.includes(from)) throw new Error(`fixture ${relative} does not contain ${JSON.stringify(from)}`);
      await corpus.write(relative, before.replace(from, to));
    },
    build: () => buildDataset({ corpusDir, outDir }),
    async buildError() {
      try {
        await corpus.build();
      } catch (error) {
        if (error instanceof CorpusError) return error.message;
        throw error;
      }
      throw new Error('expected the build to fail');
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
  return corpus;
}
