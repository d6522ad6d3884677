// `npm start`: install what is missing, fetch Kafka, build the console, then serve console and API.
import { spawn } from 'node:child_process'
import { ensureConsoleBuilt, ensureKafka, ensureNodeModules } from './prepare.mjs'

ensureNodeModules()
ensureKafka()
ensureConsoleBuilt()

// One process (no tsx wrapper), so signals reach the server and it can stop its brokers cleanly.
const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
