import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_KAFKA_VERSION } from '../../server/providers/local/kafka-dist.ts'
import { LocalProvider } from '../../server/providers/local/local-provider.ts'
import { startFerry } from './ferry-server.ts'
import { e2eDataDir, saslClusterFile } from './paths.ts'

/**
 * Ferry itself (which starts its `local` cluster), and a second, SASL-protected cluster that the specs
 * register through the console as an external one.
 */
export default async function globalSetup() {
  const clustersDir = join(e2eDataDir, 'test-clusters')
  mkdirSync(clustersDir, { recursive: true })
  const provider = new LocalProvider({ dataDir: clustersDir })
  const state = await provider.create({
    clusterId: 'e2e-sasl',
    kafkaVersion: DEFAULT_KAFKA_VERSION,
    nodes: 1,
    listeners: ['SASL_PLAINTEXT'],
    aclEnabled: true,
  })
  writeFileSync(saslClusterFile, JSON.stringify(state))
  const stopFerry = await startFerry()
  return async () => {
    await stopFerry()
    await provider.destroy(state)
  }
}
