// A private copy of the root build, served by the preview server at /<name>/ beside it. The build's
// relative base works from any folder, and its service worker is scoped to that folder, so a test can
// change the copy (a new deployment) without touching what the other tests load.
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
/** Copies made by this helper are named with this prefix. */
const PREFIX = 'copy-';

export function copyOfBuild(suffix: string): { name: string; folder: string; remove(): void } {
  const name = `${PREFIX}${suffix}`;
  const folder = join(DIST, name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  // Not the sub-path build, not other copies, not the preview cards (nothing here reads them).
  for (const entry of readdirSync(DIST)) {
    if (entry === 'x' || entry === 'cards' || entry.startsWith(PREFIX)) continue;
    cpSync(join(DIST, entry), join(folder, entry), { recursive: true });
  }
  return { name, folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
