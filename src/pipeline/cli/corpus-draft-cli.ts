// `npm run corpus:draft -- ARTICLE.txt [--corpus DIR] [--out FILE]`: a draft annotation of the article
// (first line `status: draft`) for a curator to review. Dates are read as the metadata says (publication
// day, dateOrder, outsideYear), as the build reads them.
import { writeFile } from 'node:fs/promises';
import { parseCli } from './parse-cli';
import { draftArticle } from '../draft/draft-article';
import { draftToYaml } from '../draft/draft-yaml';
import { readDraftInput } from '../draft/read-draft-input';

const usage = 'usage: npm run corpus:draft -- ARTICLE.txt [--corpus DIR] [--out FILE]';

async function main(): Promise<number> {
  const parsed = parseCli({ corpus: { type: 'string', default: 'src/corpus' }, out: { type: 'string' } }, usage);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    console.error(usage);
    return 1;
  }
  try {
    const input = await readDraftInput({ articleFile: positionals[0]!, corpusDir: values.corpus ?? 'src/corpus' });
    const yaml = draftToYaml(draftArticle(input));
    if (values.out) {
      await writeFile(values.out, yaml);
      console.error(`draft written to ${values.out}`);
    } else {
      process.stdout.write(yaml);
    }
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

process.exitCode = await main();
