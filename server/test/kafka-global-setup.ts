import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { DEFAULT_KAFKA_VERSION } from '../providers/local/kafka-dist.ts'
import type { LocalClusterState } from '../providers/local/local-cluster.ts'
import { LocalProvider } from '../providers/local/local-provider.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** One real broker shared by the server tests, with a plain, a SASL and a TLS listener. */
    sharedKafka: LocalClusterState
    /** Three PLAINTEXT nodes on racks a, b, c, for tests where replication matters. */
    sharedKafka3: LocalClusterState
  }
}

/** Starts the brokers once for the whole server-test run, and stops them after. */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ferry-test-kafka-'))
  const provider = new LocalProvider({ dataDir })
  const [single, triple] = await Promise.all([
    provider.create({
      clusterId: 'shared-test-cluster',
      kafkaVersion: DEFAULT_KAFKA_VERSION,
      nodes: 1,
      listeners: ['PLAINTEXT', 'SASL_PLAINTEXT', 'SSL'],
      aclEnabled: false,
    }),
    provider.create({
      clusterId: 'shared-test-cluster-3',
      kafkaVersion: DEFAULT_KAFKA_VERSION,
      nodes: 3,
      listeners: ['PLAINTEXT'],
      aclEnabled: false,
      racks: ['a', 'b', 'c'],
    }),
  ])
  project.provide('sharedKafka', single)
  project.provide('sharedKafka3', triple)
  return async () => {
    await Promise.all([provider.destroy(single), provider.destroy(triple)])
    rmSync(dataDir, { recursive: true, force: true })
  }
}
