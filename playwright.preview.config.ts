import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium.ts';
import { writeDraftsDataset } from './tests/preview-e2e/support/drafts-dataset.ts';

// The draft preview server (`npm run preview:drafts`, which builds it first) over the bundled dataset plus a
// draft, in Chromium. PREVIEW_E2E_PORT lets several checkouts run it side by side.
const PORT = Number(process.env.PREVIEW_E2E_PORT ?? 4324);
export const PREVIEW_SECRET = 'e2e-preview-secret';
export const STUDIO_URL = 'https://studio.example.org';
// Written once by the main process; the workers inherit it (the production-build test reads the same file).
process.env.PREVIEW_E2E_DATASET ??= writeDraftsDataset();

export default defineConfig({
  testDir: 'tests/preview-e2e',
  fullyParallel: true,
  workers: 2,
  timeout: 120_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: [[process.env.CI ? 'line' : 'list'], ['json', { outputFile: 'reports/playwright-preview.json' }]],
  use: { baseURL: `http://127.0.0.1:${PORT}`, launchOptions: chromiumLaunchOptions },
  webServer: {
    command: 'npm run preview:drafts',
    // Answers 401 until a request carries the secret: Playwright counts that as up.
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      PREVIEW_SECRET,
      SANITY_STUDIO_URL: STUDIO_URL,
      DIRECTORY_DATASET: process.env.PREVIEW_E2E_DATASET,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  },
});
