import { defineConfig } from 'vitest/config';
import { datasetValidators } from './src/pipeline/validators/validators-plugin.ts';

export default defineConfig({
  plugins: [datasetValidators()],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'eslint/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
});
