import { join } from 'node:path'
import pino from 'pino'
import { buildApp } from './app.ts'
import { readConfig } from './config.ts'
import { createServices } from './services.ts'
import { openDatabase, pingDatabase } from './store/database.ts'
import { createSecretBox, loadSecretKey } from './store/secrets.ts'

/**
 * Fault injection for the crash test (server/modules/jobs/job-crash.kafka.test.ts): the process kills itself
 * with SIGKILL the moment a job reaches the named checkpoint, as a power cut would. Unset in production.
 */
function faultCheckpoint(at: string | undefined) {
  if (!at) return undefined
  return (label: string) => {
    if (label === at) process.kill(process.pid, 'SIGKILL')
  }
}

const config = readConfig()
const log = pino({
  level: config.logLevel,
  // Secrets never reach the log, whatever a request or an error carries.
  redact: {
    paths: [
      'req.headers.authorization',
      'req.headers.cookie',
      'res.headers["set-cookie"]',
      '*.password',
      '*.newPassword',
      '*.currentPassword',
      '*.token',
      '*.sasl.password',
    ],
    censor: '[redacted]',
  },
})

// @platformatic/kafka can emit a second 'error' on a connection whose pool listened for one only (seen when a
// SASL broker goes away in the middle of a handshake), and Node ends the process for an unheard 'error'. Such
// an error concerns one dead client connection, which the client replaces: log it and go on. Anything else
// still ends the process, as it would have.
process.on('uncaughtException', (err) => {
  if (String((err as { code?: unknown }).code ?? '').startsWith('PLT_KFK_')) {
    log.error({ err }, 'a Kafka client connection failed outside any request')
    return
  }
  log.fatal({ err }, 'uncaught exception')
  process.exit(1)
})

const db = await openDatabase(config.dataDir)
const secrets = createSecretBox(loadSecretKey(config.masterKey, join(config.dataDir, 'secret.key')))
const services = createServices({
  db,
  secrets,
  clustersDir: join(config.dataDir, 'clusters'),
  log,
  topicMaxPartitions: config.topicMaxPartitions,
  querySettings: config.querySettings,
  sessionHours: config.sessionHours,
  maxLocalNodes: config.maxLocalNodes,
  publicHost: config.publicHost,
  metrics: config.metrics,
  checkpoint: faultCheckpoint(process.env.FERRY_FAULT_KILL_AT),
})

await services.auth.bootstrap(config.adminPassword)

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

const boot = await services.local.boot()
boot.done
  // Jobs cut off by a previous stop or crash go on from their first unfinished step.
  .then(() => services.resumeJobs())
  .then(() => (config.localCluster ? services.provisionDefault() : undefined))
  .then(
    () => {
      booted = true
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
