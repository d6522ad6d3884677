import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const api = 'http://127.0.0.1:8080'

/** Libraries that change rarely get their own chunks so a console release does not bust their cache. */
const vendorChunks: Array<[string, RegExp]> = [
  ['react', /node_modules\/(react|react-dom|scheduler)\//],
  ['router', /node_modules\/react-router\//],
  ['query', /node_modules\/@tanstack\//],
  ['i18n', /node_modules\/(i18next|react-i18next|html-parse-stringify|void-elements)\//],
  // Only the pages import the contract's schemas, so this chunk is not in the first load.
  ['zod', /node_modules\/zod\//],
]

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    rollupOptions: {
      output: {
        manualChunks(id) {
          return vendorChunks.find(([, pattern]) => pattern.test(id))?.[0]
        },
      },
    },
  },
  server: {
    proxy: { '/v2': api, '/healthz': api, '/readyz': api },
  },
  preview: {
    proxy: { '/v2': api, '/healthz': api, '/readyz': api },
  },
})
