import { defineConfig } from '@playwright/test';

// Real-browser tests of the built client against the built API (see e2e/support/global-setup.js).
// Playwright's own browser downloads are never used: Debian's chromium is.
export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/support/global-setup.js',
  // One API and one database serve every test; each test makes its own notes, but the access log is
  // read by position, which is only unambiguous when one test runs at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  timeout: 30_000,
  // A hang must not hold CI for long.
  // (The cookie-session tests start two more APIs, one per setup, each in its own beforeAll.)
  globalTimeout: 360_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // The network flags keep Chromium from calling home: on a closed network those calls fail noisily.
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-quic',
        '--disable-sync',
      ],
    },
  },
});
