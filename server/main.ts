import { join } from 'node:path'
import pino from 'pino'
import { buildApp } from './app.ts'
import { readConfig } from './config.ts'
import { createServices } from './services.ts'
import { openDatabase, pingDatabase } from './store/database.ts'
import { createSecretBox, loadSecretKey } from './store/secrets.ts'

const config = readConfig()
const log = pino({ level: config.logLevel })

const db = await openDatabase(config.dataDir)
const secrets = createSecretBox(loadSecretKey(config.secretKey, join(config.dataDir, 'secret.key')))
const services = createServices({
  db,
  secrets,
  clustersDir: join(config.dataDir, 'clusters'),
  log,
  topicMaxPartitions: config.topicMaxPartitions,
  querySettings: config.querySettings,
})

let booted = false
const app = await buildApp({
  services,
  staticDir: config.staticDir,
  logger: log,
  ready: async () => {
    await pingDatabase(db)
    if (!booted) throw new Error('local clusters are still starting')
  },
})

await app.listen({ port: config.port, host: config.host })
log.info(`Ferry console and API: http://localhost:${config.port}`)

const boot = await services.local.boot({ provisionDefault: config.localCluster })
boot.done.then(
  () => {
    booted = true
    // Jobs cut off by a previous stop or crash go on from their first unfinished step.
    services.resumeJobs().catch((err) => log.error({ err }, 'resuming jobs failed'))
  },
  (err) => log.error({ err }, 'starting local clusters failed'),
)

let stopping = false
async function shutdown(signal: string) {
  if (stopping) return
  stopping = true
  log.info(`${signal}: stopping the API and the local clusters' brokers`)
  await app.close()
  await services.close()
  await services.local.shutdown().catch((err) => log.error({ err }, 'stopping local clusters failed'))
  await db.destroy()
  process.exit(0)
}
process.on('SIGINT', () => void shutdown('SIGINT'))
process.on('SIGTERM', () => void shutdown('SIGTERM'))
