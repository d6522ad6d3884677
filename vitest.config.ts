import { defineConfig } from 'vitest/config'

const kafkaTests = '**/*.kafka.test.ts'
const ignored = ['**/node_modules/**', 'e2e/**', 'dist/**', '.kafka/**', 'data/**']

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['**/*.test.ts', '**/*.test.tsx'],
          exclude: [...ignored, kafkaTests],
          // Rendering antd forms in jsdom takes seconds on 2 busy cores, while the kafka project runs beside.
          testTimeout: 60_000,
          setupFiles: ['src/test/testing-library-setup.ts'],
        },
      },
      {
        // Server tests against real brokers: started once by the global setup, one file at a time on 2 cores.
        test: {
          name: 'kafka',
          include: [kafkaTests],
          exclude: ignored,
          globalSetup: ['server/test/kafka-global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
