import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// Unit and component tests run in Node; DOM tests opt in with `// @vitest-environment happy-dom`.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/{lib,components,data,eval,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
