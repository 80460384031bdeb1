// The output folder is replaced whole or not at all: readers (the dev server, a deployed copy) never
// see a half-written dataset, and a failed build leaves the last good one in place.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Write `files` (relative path → content) into `outDir`, via `<outDir>.tmp-<pid>` and two renames. */
export async function writeFolderAtomically(outDir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const target = path.resolve(outDir);
  const temp = `${target}.tmp-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  await mkdir(path.dirname(target), { recursive: true });
  await rm(temp, { recursive: true, force: true });
  try {
    for (const [relative, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const file = path.join(temp, relative);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content, 'utf8');
    }
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  // rename cannot replace a non-empty folder, so the old one steps aside first; if the second rename
  // fails the old one is put back.
  const hadOld = await rename(target, old).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  try {
    await rename(temp, target);
  } catch (error) {
    if (hadOld) await rename(old, target);
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}
