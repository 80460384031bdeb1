// Hand-edited YAML with line numbers kept, so every error (syntax, schema, cross-reference) can point
// at the line a curator has to fix.
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { IssueList } from './corpus-error';

export type Path = readonly PropertyKey[];

export interface YamlSource {
  file: string;
  /** The 1-based line of the node at `path` (or of its nearest existing parent). */
  lineOf(path: Path): number | undefined;
}

/** Parse `source`; syntax errors go to `issues` and give `undefined`. */
export function parseYaml(file: string, source: string, issues: IssueList): { value: unknown; yaml: YamlSource } | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
      issues.add(file, `malformed YAML: ${firstLine(error.message)}`, line);
    }
    return undefined;
  }
  const yaml: YamlSource = { file, lineOf: (path) => lineOfPath(doc, lineCounter, path) };
  return { value: doc.toJS({ maxAliasCount: 100 }), yaml };
}

/** Validate a parsed YAML value; each zod issue becomes `file:line: path: message`. */
export function validateYaml<T extends z.ZodType>(
  schema: T,
  value: unknown,
  yaml: YamlSource,
  issues: IssueList,
): z.infer<T> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    // For a misspelt key, point at the key itself rather than at the start of its object.
    const at = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue.path;
    issues.add(yaml.file, `${formatPath(issue.path)}${issue.message}`, yaml.lineOf(at));
  }
  return undefined;
}

/** `events[3].officials[1]: ` for messages; empty for the document root. */
export function formatPath(path: Path): string {
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out === '' ? '' : `${out}: `;
}

function lineOfPath(doc: Document, lineCounter: LineCounter, path: Path): number | undefined {
  let node: unknown = doc.contents;
  let line = lineOfNode(node, lineCounter);
  for (const segment of path) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      // `key:` with no value has no value node: point at the key.
      next = isNode(pair.value) ? pair.value : pair.key;
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment];
    }
    const nextLine = lineOfNode(next, lineCounter);
    if (nextLine === undefined) break;
    node = next;
    line = nextLine;
  }
  return line;
}

function lineOfNode(node: unknown, lineCounter: LineCounter): number | undefined {
  if (!isNode(node) || !node.range) return undefined;
  return lineCounter.linePos(node.range[0]).line;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
