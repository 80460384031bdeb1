// The import-direction rule run through ESLint's own RuleTester: the files it judges are named by
// path only (nothing is read from disk), so each case says where the importer sits under src/.
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import house from './import-direction.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });
const at = (file: string) => `/repo/src/${file}`;
const feature = 'A feature imports another feature only through its index.ts (features/network).';

tester.run('import-direction', house.rules['import-direction'], {
  valid: [
    // Another feature's index, by folder or by file.
    { code: "import { NetworkView } from '../network';", filename: at('features/timeline/timeline-view.tsx') },
    { code: "import { NetworkView } from '../network/index';", filename: at('features/timeline/timeline-view.tsx') },
    { code: "import { NetworkView } from '../../network/index.ts';", filename: at('features/timeline/lib/x.ts') },
    // A feature's own internals, the shared layers and the store.
    { code: "import { forceLayout } from './lib/force-layout';", filename: at('features/network/network-view.tsx') },
    { code: "import { useStore } from '../../state/store';", filename: at('features/network/network-view.tsx') },
    { code: "import { bisect } from '../../../lib/canvas/hit-index';", filename: at('features/network/lib/hit-test.ts') },
    // The shared layers import each other; the store imports data.
    { code: "import { formatEventDate } from '../lib/day-format';", filename: at('data/event-filter.ts') },
    { code: "import { datasetSchema } from '../data/schema';", filename: at('lib/x.ts') },
    { code: "import { eventsPassing } from '../data/event-filter';", filename: at('state/store.ts') },
    // Packages and files outside src/ are not judged.
    { code: "import { zoom } from 'd3-zoom';", filename: at('lib/canvas/zoom.ts') },
    { code: "import x from '../src/features/network/lib/force-layout';", filename: '/repo/bench/run-bench.ts' },
    { code: "export { NetworkView } from './network-view';", filename: at('features/network/index.ts') },
  ],
  invalid: [
    {
      code: "import { forceLayout } from '../network/lib/force-layout';",
      filename: at('features/timeline/timeline-view.tsx'),
      errors: [{ message: feature }],
    },
    {
      code: "import { NodeButtons } from '../../network/node-buttons';",
      filename: at('features/timeline/lib/x.ts'),
      errors: [{ message: feature }],
    },
    // Re-exports and dynamic imports are imports too.
    { code: "export { tieRoutes } from '../network/lib/tie-routes';", filename: at('features/profile/index.ts'), errors: [{ message: feature }] },
    { code: "export * from '../network/lib/tie-routes';", filename: at('features/profile/index.ts'), errors: [{ message: feature }] },
    { code: "const m = import('../network/network-view');", filename: at('features/profile/profile.tsx'), errors: [{ message: feature }] },
    {
      code: "import { useStore } from '../state/store';",
      filename: at('lib/x.ts'),
      errors: [{ message: 'src/lib must not import src/state: shared layers stay below the store and the features.' }],
    },
    {
      code: "import { useStore } from '../../state/store';",
      filename: at('lib/canvas/x.ts'),
      errors: [{ message: 'src/lib must not import src/state: shared layers stay below the store and the features.' }],
    },
    {
      code: "import { NetworkView } from '../features/network';",
      filename: at('data/load.ts'),
      errors: [{ message: 'src/data must not import src/features: shared layers stay below the store and the features.' }],
    },
    {
      code: "import { NetworkView } from '../features/network/index';",
      filename: at('lib/x.ts'),
      errors: [{ message: 'src/lib must not import src/features: shared layers stay below the store and the features.' }],
    },
  ],
});
