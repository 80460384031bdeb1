// Reads a corpus folder (layout in README: corpus.yaml, articles/, officials.yaml, organizations.yaml,
// annotations/, and network-layout.json when the curator has written one)
// into memory, checking each file on its own: encoding, JSON and YAML syntax, the corpus schema.
// Cross-file checks (unknown ids, quotes) are in assemble-dataset.ts.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { id as idSchema, networkLayout, type NetworkLayoutFile } from '../data/schema';
import type { IssueList } from './corpus-error';
import { refuseDraft } from './draft-status';
import {
  corpusAnnotationFile,
  corpusArticleMeta,
  corpusDescription,
  corpusOfficials,
  corpusOrganizations,
  type CorpusAnnotationFile,
  type CorpusArticleMeta,
  type CorpusDescription,
  type CorpusOfficial,
  type CorpusOrganization,
} from './corpus-schema';
import { formatPath, parseYaml, validateYaml, type YamlSource } from './yaml-source';

export interface CorpusArticle {
  id: string;
  /** Display path of the .txt file, for messages. */
  file: string;
  /** The text as the app receives it: UTF-8 decoded, BOM stripped, CRLF turned into LF. */
  text: string;
  meta: CorpusArticleMeta;
  /** Display path of the .json metadata file and the line of each of its top-level keys, for messages. */
  metaFile: string;
  metaLineOf(key: string): number | undefined;
}

export interface YamlFile<T> {
  yaml: YamlSource;
  data: T;
}

export interface RawCorpus {
  corpus: YamlFile<CorpusDescription>;
  articles: CorpusArticle[];
  officials: YamlFile<CorpusOfficial[]>;
  organizations: YamlFile<CorpusOrganization[]>;
  annotations: YamlFile<CorpusAnnotationFile>[];
  /** Articles present but unreadable (already reported): references to them are not "unknown". */
  brokenArticleIds: Set<string>;
  /** The network's committed positions (network-layout.json), absent when the corpus has none. */
  layout?: CommittedLayout;
}

export interface CommittedLayout {
  /** Display path, for messages. */
  file: string;
  positions: NetworkLayoutFile['positions'];
}

/** The corpus file that keeps the network's positions (written by `npm run corpus:layout`). */
export const NETWORK_LAYOUT_FILE = 'network-layout.json';

/** A path relative to the working directory when inside it (clickable in a terminal), else absolute. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.resolve(file);
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decode strictly and normalise: offsets in the dataset are into this text, the one the app shows. */
export function decodeArticleText(bytes: Uint8Array): string {
  const text = utf8.decode(bytes);
  return (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n/g, '\n');
}

export async function readCorpus(corpusDir: string, issues: IssueList): Promise<RawCorpus | undefined> {
  const corpusStat = await stat(corpusDir).catch(() => undefined);
  if (!corpusStat?.isDirectory()) {
    issues.add(displayPath(corpusDir), 'corpus folder does not exist');
    return undefined;
  }
  const corpus = await readYamlFile(path.join(corpusDir, 'corpus.yaml'), corpusDescription, issues);
  const articles = await readArticles(path.join(corpusDir, 'articles'), issues);
  const { officials, organizations } = await readGazetteer(corpusDir, issues);
  const annotations: YamlFile<CorpusAnnotationFile>[] = [];
  const annotationDir = path.join(corpusDir, 'annotations');
  for (const name of await listFiles(annotationDir)) {
    if (!/\.ya?ml$/.test(name)) continue;
    const file = await readYamlFile(path.join(annotationDir, name), corpusAnnotationFile, issues, refuseDraft);
    if (file) annotations.push(file);
  }
  const layout = await readNetworkLayout(corpusDir, issues);
  if (!corpus || !articles || !officials || !organizations) return undefined;
  return { corpus, articles: articles.articles, brokenArticleIds: articles.broken, officials, organizations, annotations, ...(layout ? { layout } : {}) };
}

/** network-layout.json of a corpus: none when the file does not exist, a corpus error when it is malformed. */
export async function readNetworkLayout(corpusDir: string, issues: IssueList): Promise<CommittedLayout | undefined> {
  const file = path.join(corpusDir, NETWORK_LAYOUT_FILE);
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!bytes) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(decodeArticleText(bytes));
  } catch (error) {
    issues.add(displayPath(file), `invalid network layout JSON: ${error instanceof SyntaxError ? error.message : 'not valid UTF-8'} (rewrite it with npm run corpus:layout -- --fresh)`);
    return undefined;
  }
  const result = networkLayout.safeParse(value);
  if (result.success) return { file: displayPath(file), positions: result.data.positions };
  for (const issue of result.error.issues.slice(0, 5)) issues.add(displayPath(file), `invalid network layout: ${formatPath(issue.path)}${issue.message}`);
  return undefined;
}

/** officials.yaml and organizations.yaml of a corpus (also used by corpus:scan). */
export async function readGazetteer(
  corpusDir: string,
  issues: IssueList,
): Promise<{ officials?: YamlFile<CorpusOfficial[]>; organizations?: YamlFile<CorpusOrganization[]> }> {
  return {
    officials: await readYamlFile(path.join(corpusDir, 'officials.yaml'), corpusOfficials, issues),
    organizations: await readYamlFile(path.join(corpusDir, 'organizations.yaml'), corpusOrganizations, issues),
  };
}

/** Sorted names of the files in a folder; none when the folder does not exist. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

async function readArticles(dir: string, issues: IssueList): Promise<{ articles: CorpusArticle[]; broken: Set<string> } | undefined> {
  const dirStat = await stat(dir).catch(() => undefined);
  if (!dirStat?.isDirectory()) {
    issues.add(displayPath(dir), 'articles folder does not exist');
    return undefined;
  }
  const names = await listFiles(dir);
  const stems = [...new Set(names.filter((n) => /\.(txt|json)$/.test(n)).map((n) => n.replace(/\.(txt|json)$/, '')))].sort();
  const articles: CorpusArticle[] = [];
  const broken = new Set<string>();
  for (const stem of stems) {
    const txtFile = path.join(dir, `${stem}.txt`);
    const jsonFile = path.join(dir, `${stem}.json`);
    if (!idSchema.safeParse(stem).success) {
      issues.add(displayPath(names.includes(`${stem}.txt`) ? txtFile : jsonFile), `"${stem}" is not a valid article id (letters, digits, _ . -)`);
      continue;
    }
    if (!names.includes(`${stem}.txt`)) {
      issues.add(displayPath(jsonFile), `article text ${stem}.txt is missing`);
      broken.add(stem);
      continue;
    }
    const text = await readArticleText(txtFile, issues);
    let meta: { data: CorpusArticleMeta; source: string } | undefined;
    if (names.includes(`${stem}.json`)) meta = await readMeta(jsonFile, issues);
    else issues.add(displayPath(txtFile), `metadata file ${stem}.json is missing`);
    if (text !== undefined && meta) {
      const source = meta.source;
      const metaLineOf = (key: string) => {
        const at = source.search(new RegExp(`"${key}"\\s*:`));
        return at < 0 ? undefined : source.slice(0, at).split('\n').length;
      };
      articles.push({ id: stem, file: displayPath(txtFile), text, meta: meta.data, metaFile: displayPath(jsonFile), metaLineOf });
    }
    else broken.add(stem);
  }
  return { articles, broken };
}

async function readArticleText(file: string, issues: IssueList): Promise<string | undefined> {
  const bytes = await readFile(file);
  let text: string;
  try {
    text = decodeArticleText(bytes);
  } catch {
    issues.add(displayPath(file), 'article text is not valid UTF-8');
    return undefined;
  }
  if (text.trim() === '') {
    issues.add(displayPath(file), 'article is empty');
    return undefined;
  }
  return text;
}

async function readMeta(file: string, issues: IssueList): Promise<{ data: CorpusArticleMeta; source: string } | undefined> {
  let value: unknown;
  let source: string;
  try {
    source = decodeArticleText(await readFile(file));
    value = JSON.parse(source);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'not valid UTF-8';
    issues.add(displayPath(file), `invalid metadata JSON: ${reason}`);
    return undefined;
  }
  const result = corpusArticleMeta.safeParse(value);
  if (result.success) return { data: result.data, source };
  for (const issue of result.error.issues) issues.add(displayPath(file), `invalid metadata: ${formatPath(issue.path)}${issue.message}`);
  return undefined;
}

async function readYamlFile<S extends z.ZodType>(
  file: string,
  schema: S,
  issues: IssueList,
  refuse?: (value: unknown, yaml: YamlSource, issues: IssueList) => boolean,
): Promise<YamlFile<z.output<S>> | undefined> {
  const bytes = await readFile(file).catch(() => undefined);
  if (!bytes) {
    issues.add(displayPath(file), 'file is missing');
    return undefined;
  }
  let source: string;
  try {
    source = decodeArticleText(bytes);
  } catch {
    issues.add(displayPath(file), 'file is not valid UTF-8');
    return undefined;
  }
  const parsed = parseYaml(displayPath(file), source, issues);
  if (!parsed || refuse?.(parsed.value, parsed.yaml, issues)) return undefined;
  const data = validateYaml(schema, parsed.value, parsed.yaml, issues);
  return data === undefined ? undefined : { yaml: parsed.yaml, data };
}
