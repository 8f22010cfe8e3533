import { defineConfig } from '@playwright/test';

export const CHROMIUM_PATH = process.env['PHYSIOPLAN_BROWSER'] ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 90_000,
  // Plans start from protocols with drawings and PDFs render on page: 20 s for a busy machine.
  expect: { timeout: 20_000 },
  workers: process.env['CI'] ? 1 : 2,
  // A flaky test is fixed, not retried.
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    viewport: { width: 1366, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
});
