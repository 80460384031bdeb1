// A curator command run as the curator runs it (Node with tsx), for the CLI tests: its exit code and
// what it printed, whether it succeeded or not.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A runner for `<name>.ts` in this folder. */
export function cliRunner(name: string): (args: string[]) => Promise<CliResult> {
  const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), name);
  return (args) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', cli, ...args]).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: CliResult) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );
}
