// Serves the generated validators to the app as the virtual module `virtual:dataset-validators`, made
// fresh from the schema on every build (and in dev and tests), so nothing generated is committed.
// The network's layout file has a module of its own (`virtual:network-layout-validator`): only the
// network asks for it, so it stays out of the chunk the page preloads with the dataset.
// The generator (and the schema with it) is loaded through tsx when the module is first asked for:
// Vite's config loader then only sees this file, which imports nothing of the app's TypeScript.
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';

export const VALIDATORS_MODULE = 'virtual:dataset-validators';
const RESOLVED = `\0${VALIDATORS_MODULE}`;
const LAYOUT_MODULE = 'virtual:network-layout-validator';
const LAYOUT_RESOLVED = `\0${LAYOUT_MODULE}`;
const REFINEMENTS = fileURLToPath(new URL('../../data/refinements.ts', import.meta.url));

export function datasetValidators(): Plugin {
  return {
    name: 'dataset-validators',
    resolveId: (id) => (id === VALIDATORS_MODULE ? RESOLVED : id === LAYOUT_MODULE ? LAYOUT_RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED && id !== LAYOUT_RESOLVED) return undefined;
      const files = (await tsImport('./loaded-files.ts', import.meta.url)) as typeof import('./loaded-files');
      return id === RESOLVED ? files.generateLoadedFileValidators(REFINEMENTS) : files.generateNetworkLayoutValidator(REFINEMENTS);
    },
  };
}
