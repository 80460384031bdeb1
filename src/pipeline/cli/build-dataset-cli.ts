// `npm run dataset -- --corpus DIR --out DIR`: build the dataset; exit 1 with every problem listed.
import { parseArgs } from 'node:util';
import { buildDataset } from '../build-dataset';
import { CorpusError } from '../corpus-error';

const usage = 'usage: npm run dataset -- [--corpus DIR] [--out DIR]   (defaults: src/corpus, public/data)';

async function main(): Promise<number> {
  let values: { corpus?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        corpus: { type: 'string', default: 'src/corpus' },
        out: { type: 'string', default: 'public/data' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 1;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const corpusDir = values.corpus ?? 'src/corpus';
  const outDir = values.out ?? 'public/data';
  try {
    const s = await buildDataset({ corpusDir, outDir });
    console.log(
      `dataset: ${s.articles} articles, ${s.events} events, ${s.officials} officials, ${s.organizations} organizations, ${s.mentions} mentions → ${outDir}`,
    );
    for (const warning of s.warnings) console.warn(`warning: ${warning}`);
    return 0;
  } catch (error) {
    if (error instanceof CorpusError) {
      console.error(`${error.message}\nNothing was written; ${outDir} is unchanged.`);
    } else {
      console.error(`dataset build failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    return 1;
  }
}

process.exitCode = await main();
