import { networkInterfaces } from 'node:os'
import { resolve } from 'node:path'
import type { MessageQuerySettings } from '../contract/messages.ts'
import { defaultQuerySettings } from './modules/messages/messages.service.ts'
import { DEFAULT_METRICS_SETTINGS, type MetricsSettings } from './modules/metrics/metrics.service.ts'
import { DEFAULT_MAX_NODES } from './providers/local/local-provider.ts'

/** Every setting Ferry reads, with its default. The README's settings table lists the same. */
export interface Config {
  port: number
  host: string
  dataDir: string
  localCluster: boolean
  /** base64 of the 32-byte key that seals stored secrets (FERRY_MASTER_KEY). */
  masterKey: string | undefined
  /** The first administrator's password; without it a one-time password goes to the log. */
  adminPassword: string | undefined
  sessionHours: number
  staticDir: string | undefined
  logLevel: string
  /** Most partitions a topic may be created with or grown to. */
  topicMaxPartitions: number
  /** Message query settings of every cluster that has not saved its own. */
  querySettings: MessageQuerySettings
  /** Most nodes a local cluster may have. */
  maxLocalNodes: number
  /** Host advertised to clients of local clusters with public access: this machine's address others reach. */
  publicHost: string
  /** How often metrics are collected, and how long raw samples, minute and hour rollups are kept. */
  metrics: MetricsSettings
}

/** The first non-internal IPv4 address: what another machine on the network can reach. */
function externalAddress(): string {
  for (const addresses of Object.values(networkInterfaces()))
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address
  return '127.0.0.1'
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback)
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive whole number, got ${env[name]}`)
  return value
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8080)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got ${env.PORT}`)
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.FERRY_DATA_DIR ?? './data'),
    localCluster: env.FERRY_LOCAL_CLUSTER !== 'false',
    masterKey: env.FERRY_MASTER_KEY,
    adminPassword: env.FERRY_ADMIN_PASSWORD || undefined,
    sessionHours: positiveInt(env, 'FERRY_SESSION_HOURS', 12),
    staticDir: env.FERRY_STATIC_DIR ?? resolve('dist'),
    logLevel: env.LOG_LEVEL ?? 'info',
    topicMaxPartitions: positiveInt(env, 'FERRY_TOPIC_MAX_PARTITIONS', 500),
    maxLocalNodes: positiveInt(env, 'FERRY_LOCAL_MAX_NODES', DEFAULT_MAX_NODES),
    publicHost: env.FERRY_PUBLIC_HOST ?? externalAddress(),
    metrics: {
      intervalSeconds: positiveInt(
        env,
        'FERRY_METRICS_INTERVAL_SECONDS',
        DEFAULT_METRICS_SETTINGS.intervalSeconds,
      ),
      rawHours: positiveInt(env, 'FERRY_METRICS_RAW_HOURS', DEFAULT_METRICS_SETTINGS.rawHours),
      minuteDays: positiveInt(env, 'FERRY_METRICS_MINUTE_DAYS', DEFAULT_METRICS_SETTINGS.minuteDays),
      hourDays: positiveInt(env, 'FERRY_METRICS_HOUR_DAYS', DEFAULT_METRICS_SETTINGS.hourDays),
    },
    querySettings: {
      ...defaultQuerySettings,
      scanMessages: positiveInt(env, 'FERRY_QUERY_SCAN_MESSAGES', defaultQuerySettings.scanMessages),
      scanSeconds: positiveInt(env, 'FERRY_QUERY_SCAN_SECONDS', defaultQuerySettings.scanSeconds),
      concurrentQueries: positiveInt(env, 'FERRY_QUERY_CONCURRENT', defaultQuerySettings.concurrentQueries),
    },
  }
}
