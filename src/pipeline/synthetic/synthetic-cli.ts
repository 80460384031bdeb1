// npm run dataset:synthetic -- --events N [--officials M] [--seed S] [--parties CODE:Name:Adjective,...]
//   [--from YYYY-MM-DD] [--to YYYY-MM-DD] --out DIR
// Parties and span default to the seed corpus's (src/corpus/corpus.yaml). Writes DIR/dataset.json and DIR/articles/<id>.json, validated with the app's schema first. The output
// is built in a temporary folder and swapped in, so a failed run never leaves half a dataset behind.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { articleFile, dataset as datasetSchema, eventDates, isRealDay, networkLayout, type Party } from '../../data/schema';
import { encodeEventDates } from '../../data/event-dates';
import { searchFileEntries } from '../search-file';
import { corpusDescription } from '../corpus-schema';
import { defaultOfficialCount, generateSyntheticCorpus, type SyntheticCorpus } from './synthetic-corpus';
import { parseParties } from './synthetic-parties';

const USAGE =
  'usage: npm run dataset:synthetic -- --events N [--officials M] [--seed S] [--parties CODE:Name:Adjective,...] [--from YYYY-MM-DD] [--to YYYY-MM-DD] --out DIR';
const SEED_CORPUS = fileURLToPath(new URL('../../corpus/corpus.yaml', import.meta.url));

export interface SyntheticCliOptions {
  events: number;
  officials: number;
  seed: number;
  parties: Party[];
  span: { from: string; to: string };
  out: string;
}

/** The seed corpus's parties and span: what a synthetic corpus is like unless told otherwise. */
export function seedCorpusDefaults(): { parties: Party[]; span: { from: string; to: string } } {
  const description = corpusDescription.parse(parse(readFileSync(SEED_CORPUS, 'utf8')));
  return { parties: description.parties, span: description.span };
}

export function parseSyntheticArgs(argv: readonly string[]): SyntheticCliOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      events: { type: 'string' },
      officials: { type: 'string' },
      seed: { type: 'string', default: '1' },
      parties: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  });
  const count = (name: string, raw: string | undefined, min: number, max: number): number => {
    const n = Number(raw);
    if (raw === undefined || !Number.isInteger(n) || n < min || n > max) {
      throw new Error(`--${name} must be a whole number from ${min} to ${max} (got ${raw ?? 'nothing'}). ${USAGE}`);
    }
    return n;
  };
  const events = count('events', values.events, 1, 1_000_000);
  if (!values.out) throw new Error(`--out is required. ${USAGE}`);
  const defaults = values.parties !== undefined && values.from !== undefined && values.to !== undefined ? undefined : seedCorpusDefaults();
  const day = (name: 'from' | 'to') => {
    const value = values[name];
    if (value === undefined) return defaults!.span[name];
    if (!isRealDay(value)) throw new Error(`--${name} must be a day written YYYY-MM-DD (got ${value}). ${USAGE}`);
    return value;
  };
  const span = { from: day('from'), to: day('to') };
  if (span.to <= span.from) throw new Error(`--to (${span.to}) must be after --from (${span.from}). ${USAGE}`);
  return {
    events,
    officials: values.officials === undefined ? defaultOfficialCount(events) : count('officials', values.officials, 2, 8000),
    seed: count('seed', values.seed, 0, 2 ** 32 - 1),
    parties: values.parties === undefined ? defaults!.parties : parseParties(values.parties),
    span,
    out: resolve(values.out),
  };
}

/** Validates every file with the app's schema, then writes them into `out` atomically. */
export function writeSyntheticCorpus(corpus: SyntheticCorpus, out: string): void {
  const checked = datasetSchema.safeParse(corpus.dataset);
  if (!checked.success) throw new Error(`synthetic dataset is invalid: ${checked.error.issues[0]?.path.join('.')}: ${checked.error.issues[0]?.message}`);
  for (const file of corpus.articles) {
    const a = articleFile.safeParse(file);
    if (!a.success) throw new Error(`synthetic article ${file.id} is invalid: ${a.error.issues[0]?.message}`);
  }
  const temporary = `${out}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(join(temporary, 'articles'), { recursive: true });
  writeFileSync(join(temporary, 'dataset.json'), JSON.stringify(corpus.dataset));
  writeFileSync(join(temporary, 'event-dates.json'), JSON.stringify(eventDates.parse(encodeEventDates(corpus.dataset))));
  // No positions: a synthetic corpus has no previous layout, and the bench measures the browser's own.
  writeFileSync(join(temporary, 'network-layout.json'), JSON.stringify(networkLayout.parse({ schemaVersion: 1, positions: {} })));
  for (const [name, text] of searchFileEntries(corpus.dataset, corpus.articles)) writeFileSync(join(temporary, name), text);
  for (const file of corpus.articles) writeFileSync(join(temporary, 'articles', `${file.id}.json`), JSON.stringify(file));
  mkdirSync(dirname(out), { recursive: true });
  const previous = `${out}.old-${process.pid}`;
  if (existsSync(out)) renameSync(out, previous);
  renameSync(temporary, out);
  rmSync(previous, { recursive: true, force: true });
}

function main(): void {
  const started = performance.now();
  const options = parseSyntheticArgs(process.argv.slice(2));
  const corpus = generateSyntheticCorpus(options);
  writeSyntheticCorpus(corpus, options.out);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `wrote ${corpus.dataset.events.length} events, ${corpus.dataset.officials.length} officials, ${corpus.articles.length} articles to ${options.out} in ${seconds} s`,
  );
}

// Run only as a script, so that tests can import the parser.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
