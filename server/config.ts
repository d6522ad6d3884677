import { resolve } from 'node:path'

/** Every setting Ferry reads, with its default. The README's settings table lists the same. */
export interface Config {
  port: number
  host: string
  dataDir: string
  localCluster: boolean
  secretKey: string | undefined
  staticDir: string | undefined
  logLevel: string
  /** Most partitions a topic may be created with or grown to. */
  topicMaxPartitions: number
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8080)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got ${env.PORT}`)
  const topicMaxPartitions = Number(env.FERRY_TOPIC_MAX_PARTITIONS ?? 500)
  if (!Number.isInteger(topicMaxPartitions) || topicMaxPartitions < 1)
    throw new Error(
      `FERRY_TOPIC_MAX_PARTITIONS must be a positive whole number, got ${env.FERRY_TOPIC_MAX_PARTITIONS}`,
    )
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.FERRY_DATA_DIR ?? './data'),
    localCluster: env.FERRY_LOCAL_CLUSTER !== 'false',
    secretKey: env.FERRY_SECRET_KEY,
    staticDir: env.FERRY_STATIC_DIR ?? resolve('dist'),
    logLevel: env.LOG_LEVEL ?? 'info',
    topicMaxPartitions,
  }
}
