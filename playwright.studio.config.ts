import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium.ts';

// The built Studio in Chromium against a local Content Lake (tests/studio-e2e/); `npm run test:studio-e2e`
// builds it first with `apiHost` pointing at this port.
const PORT = Number(process.env.STUDIO_E2E_PORT ?? 4323);

export default defineConfig({
  testDir: 'tests/studio-e2e',
  // One server holds the documents the steps change, so the steps run in order in one worker.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [[process.env.CI ? 'line' : 'list'], ['json', { outputFile: 'reports/playwright-studio.json' }]],
  use: {
    baseURL: `https://localhost:${PORT}`,
    // The local server's certificate is self-signed (see tests/studio-e2e/support/content-lake-server.ts).
    ignoreHTTPSErrors: true,
    viewport: { width: 1440, height: 900 },
    launchOptions: chromiumLaunchOptions,
  },
});
