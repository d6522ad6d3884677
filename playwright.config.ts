import { defineConfig } from '@playwright/test'
import { e2ePort } from './e2e/support/ferry-server.ts'
import { storageStateFile } from './e2e/support/paths.ts'

export default defineConfig({
  testDir: 'e2e',
  // One server and real brokers on 2 cores: run the specs one after another.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 20_000 },
  globalSetup: './e2e/support/global-setup.ts',
  outputDir: 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${e2ePort}`,
    locale: 'en-US',
    // Signed in as the administrator by the global setup; a spec about signing in starts without it.
    storageState: storageStateFile,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
  },
})
