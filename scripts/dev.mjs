// `npm run dev`: the API (restarted on change by tsx watch) and Vite's dev server, which proxies /v2 to it.
import { spawn } from 'node:child_process'
import { ensureKafka, ensureNodeModules } from './prepare.mjs'

ensureNodeModules()
ensureKafka()

const children = [
  spawn('npx', ['tsx', 'watch', 'server/main.ts'], {
    stdio: 'inherit',
    env: { ...process.env, FERRY_STATIC_DIR: '' },
  }),
  spawn('npx', ['vite'], { stdio: 'inherit' }),
]
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal)
  })
}
for (const child of children) child.on('exit', (code) => process.exit(code ?? 0))
