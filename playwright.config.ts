import { join } from 'node:path'
import { defineConfig } from '@playwright/test'
import { e2eDataDir } from './e2e/support/paths.ts'

const port = Number(process.env.E2E_PORT ?? 18080)

export default defineConfig({
  testDir: 'e2e',
  // One server and real brokers on 2 cores: run the specs one after another.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 20_000 },
  globalSetup: './e2e/support/global-setup.ts',
  outputDir: 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
  },
  webServer: {
    command: 'node --import tsx server/main.ts',
    // Ready means the store is open and the `local` cluster has started.
    url: `http://127.0.0.1:${port}/readyz`,
    timeout: 180_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      FERRY_DATA_DIR: join(e2eDataDir, 'ferry'),
      LOG_LEVEL: 'warn',
    },
  },
})
