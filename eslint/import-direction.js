// The house's import direction, checked on every relative import (and re-export, and dynamic import):
// a feature reaches another feature only through that feature's index.ts, and the shared layers
// (src/lib, src/data) never reach up into the store or a feature. Paths are resolved against the
// importing file, so `../../network/lib/x` is caught however deep the importer sits.
import path from 'node:path';

const SRC = `${path.sep}src${path.sep}`;

/** Which layer a file is in: { layer, feature } relative to src/, or null outside src/. */
function place(file) {
  const at = file.lastIndexOf(SRC);
  if (at < 0) return null;
  const parts = file.slice(at + SRC.length).split(path.sep);
  return { layer: parts[0], feature: parts[0] === 'features' ? parts[1] : null, rest: parts.slice(2) };
}

function isIndex(rest) {
  return rest.length === 0 || (rest.length === 1 && /^index(\.(ts|tsx|js))?$/.test(rest[0]));
}

/** Why importing `target` from `from` breaks the direction, or null when it is allowed. */
export function violation(fromFile, targetFile) {
  const from = place(fromFile);
  const to = place(targetFile);
  if (!from || !to) return null;
  if ((from.layer === 'lib' || from.layer === 'data') && (to.layer === 'state' || to.layer === 'features')) {
    return `src/${from.layer} must not import src/${to.layer}: shared layers stay below the store and the features.`;
  }
  if (from.layer === 'features' && to.layer === 'features' && from.feature !== to.feature && !isIndex(to.rest)) {
    return `A feature imports another feature only through its index.ts (features/${to.feature}).`;
  }
  return null;
}

const rule = {
  meta: { type: 'problem', docs: { description: 'Enforce the import direction between layers and features' }, schema: [] },
  create(context) {
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = path.resolve(path.dirname(context.filename), source.value);
      const message = violation(context.filename, target);
      if (message) context.report({ node: source, message });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default { rules: { 'import-direction': rule } };
