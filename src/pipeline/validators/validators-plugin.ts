// Serves the generated validators to the app as the virtual module `virtual:dataset-validators`, made
// fresh from the schema on every build (and in dev and tests), so nothing generated is committed.
// The generator (and the schema with it) is loaded through tsx when the module is first asked for:
// Vite's config loader then only sees this file, which imports nothing of the app's TypeScript.
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';

export const VALIDATORS_MODULE = 'virtual:dataset-validators';
const RESOLVED = `\0${VALIDATORS_MODULE}`;
const REFINEMENTS = fileURLToPath(new URL('../../data/refinements.ts', import.meta.url));

export function datasetValidators(): Plugin {
  return {
    name: 'dataset-validators',
    resolveId: (id) => (id === VALIDATORS_MODULE ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const { generateLoadedFileValidators } = (await tsImport('./loaded-files.ts', import.meta.url)) as typeof import('./loaded-files');
      return generateLoadedFileValidators(REFINEMENTS);
    },
  };
}
