import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
export const RUNTIME_DIR = join(repoRoot, 'runtime', 'kafka')
export const METRICS_CONFIG = join(RUNTIME_DIR, 'kafka-metrics.yml')

// Read at run time: the JSON is shared with fetch.mjs and sits outside the server's TypeScript project.
const versions = JSON.parse(readFileSync(join(RUNTIME_DIR, 'versions.json'), 'utf8')) as {
  kafka: string[]
  agent: string
}

/** Kafka lines Ferry can run locally, the default first. Fetched by runtime/kafka/fetch.mjs. */
export const KAFKA_VERSIONS: readonly string[] = versions.kafka
export const DEFAULT_KAFKA_VERSION = versions.kafka[0] as string

// Written by fetch.mjs after a complete download; a lib dir without it may be half-filled.
const MARKER = '.complete'

export function kafkaCacheDir(): string {
  return resolve(process.env.FERRY_KAFKA_CACHE ?? join(repoRoot, '.kafka'))
}

export function kafkaLibDir(version: string): string {
  if (!KAFKA_VERSIONS.includes(version)) {
    throw new Error(`unknown Kafka version ${version}; known: ${KAFKA_VERSIONS.join(', ')}`)
  }
  return join(kafkaCacheDir(), version, 'lib')
}

export function metricsAgentJar(): string {
  return join(kafkaCacheDir(), 'agent', `jmx_prometheus_javaagent-${versions.agent}.jar`)
}

/** Ferry's SASL/PLAIN callback handler, compiled by fetch.mjs; on every node's classpath. */
export function plainAuthJar(): string {
  return join(kafkaCacheDir(), 'plain-auth', 'ferry-plain-auth.jar')
}

/** 3.9 logs through reload4j (log4j 1 syntax), 4.x through log4j2. */
export function isLog4j1(version: string): boolean {
  return Number(version.split('.')[0]) < 4
}

export function isKafkaAvailable(version: string): boolean {
  return (
    existsSync(join(kafkaLibDir(version), MARKER)) &&
    existsSync(metricsAgentJar()) &&
    existsSync(plainAuthJar())
  )
}

export function assertKafkaAvailable(version: string): void {
  if (!isKafkaAvailable(version)) {
    throw new Error(
      `Kafka ${version} jars are not in ${kafkaCacheDir()}; run: node runtime/kafka/fetch.mjs ${version}`,
    )
  }
}
