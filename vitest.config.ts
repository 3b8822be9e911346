import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The Studio's React components (sanity/**/*.tsx): tsconfig keeps JSX for Astro, so Vitest compiles it here.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests run under Playwright against a production build.
    exclude: ['tests/e2e/**', 'node_modules/**'],
    typecheck: { enabled: true, include: ['tests/**/*.test-d.ts'] },
    testTimeout: 20_000,
    // Several files run `astro build` in this project, and builds share .astro/: one file at a time.
    fileParallelism: false,
    // The JSON report feeds the one-line total that .ci/run prints (scripts/test-summary.ts).
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});
