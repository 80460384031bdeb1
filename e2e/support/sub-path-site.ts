// The app built for a sub-path (`BASE=/x/`: absolute `/x/…` URLs, not relative ones) into dist/x/,
// which the preview server serves at /x/ beside the root build. Built once per run, after the root
// build (and again only when that one is newer).
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
export const SUB_PATH = 'x';
const SITE = join(ROOT, 'dist', SUB_PATH);

export function prepareSubPathSite(): void {
  const built = join(SITE, 'index.html');
  const root = join(ROOT, 'dist', 'index.html');
  if (existsSync(built) && existsSync(join(SITE, 'events')) && statSync(built).mtimeMs > statSync(root).mtimeMs) return;
  const env = { ...process.env, BASE: `/${SUB_PATH}/` };
  const run = (args: string[]) => execFileSync('npx', args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  run(['vite', 'build', '--outDir', SITE, '--emptyOutDir', '--logLevel', 'error']);
  run(['tsx', '--tsconfig', 'tsconfig.node.json', 'src/pipeline/cli/build-pages-cli.ts', '--dist', SITE]);
}
