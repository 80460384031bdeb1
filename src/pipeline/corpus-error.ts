// Every problem the build finds in a corpus is collected, not thrown one at a time: a curator fixing a
// new article wants the whole list in one run, each entry pointing at a file (and a line for YAML).

export interface CorpusIssue {
  file: string;
  line?: number;
  message: string;
}

/** `file:line: message`, the form editors and terminals turn into clickable links. */
export function formatIssue(issue: CorpusIssue): string {
  return issue.line === undefined ? `${issue.file}: ${issue.message}` : `${issue.file}:${issue.line}: ${issue.message}`;
}

export class CorpusError extends Error {
  readonly issues: readonly CorpusIssue[];

  constructor(issues: readonly CorpusIssue[]) {
    const count = issues.length === 1 ? '1 error' : `${issues.length} errors`;
    super(`The corpus has ${count}:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'CorpusError';
    this.issues = issues;
  }
}

/** Collects issues while a build runs; `throwIfAny` ends the build when something was found. */
export class IssueList {
  readonly issues: CorpusIssue[] = [];

  add(file: string, message: string, line?: number): void {
    this.issues.push(line === undefined ? { file, message } : { file, line, message });
  }

  get size(): number {
    return this.issues.length;
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw new CorpusError(this.issues);
  }
}
