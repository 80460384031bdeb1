// `npm run corpus:layout -- [--corpus DIR] [--fresh]`: lay the corpus's network out, starting from the
// positions its network-layout.json already holds, and write them back into that file. Run it after
// adding an article and commit the file with it: the next build ships these positions, and the next
// layout starts from them.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { assembleCorpus } from '../build-dataset';
import { CorpusError } from '../corpus-error';
import { layoutNetwork, networkLayoutText } from '../network-layout';
import { NETWORK_LAYOUT_FILE } from '../read-corpus';
import { parseCli } from './parse-cli';

const usage =
  'usage: npm run corpus:layout -- [--corpus DIR] [--fresh]   (default corpus: src/corpus)\n' +
  '  --fresh  ignore the positions the file holds and lay the whole network out anew (the picture changes)';

async function main(): Promise<number> {
  const parsed = parseCli({ corpus: { type: 'string', default: 'src/corpus' }, fresh: { type: 'boolean', default: false } }, usage);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length > 0) {
    console.error(usage);
    return 1;
  }
  const corpusDir = values.corpus ?? 'src/corpus';
  const file = path.join(corpusDir, NETWORK_LAYOUT_FILE);
  try {
    const assembled = await assembleCorpus(corpusDir);
    const result = layoutNetwork(assembled.dataset, values.fresh ? {} : assembled.layout?.positions);
    await writeFile(file, networkLayoutText(result.positions), 'utf8');
    const how = values.fresh || !assembled.layout ? 'laid out afresh' : `${result.kept} kept in place, ${result.added} placed beside their neighbours, ${result.dropped} no longer in the corpus dropped`;
    console.log(`network layout: ${result.kept + result.added} nodes (${how}) → ${file}\nCommit it with the corpus.`);
    return 0;
  } catch (error) {
    if (error instanceof CorpusError) console.error(`${error.message}\nNothing was written; ${file} is unchanged.`);
    else console.error(`corpus:layout failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}

process.exitCode = await main();
