import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MessageQuerySettings } from '../../contract/messages.ts'
import { buildApp } from '../app.ts'
import type { MetricsSettings } from '../modules/metrics/metrics.service.ts'
import type { LocalClusterState } from '../providers/local/local-cluster.ts'
import { createServices } from '../services.ts'
import { openDatabase, pingDatabase } from '../store/database.ts'
import { createSecretBox, loadSecretKey } from '../store/secrets.ts'

/**
 * The real app on a fresh store in a temp dir, wired as main.ts wires it, for app.inject() tests;
 * with `staticDir`, it also serves the built console (the bench drives it in a browser).
 */
export async function startTestApp({
  staticDir,
  querySettings,
  metrics,
}: {
  staticDir?: string
  querySettings?: MessageQuerySettings
  metrics?: MetricsSettings
} = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ferry-test-app-'))
  const db = await openDatabase(dataDir)
  const secrets = createSecretBox(loadSecretKey(undefined, join(dataDir, 'secret.key')))
  const services = createServices({
    db,
    secrets,
    clustersDir: join(dataDir, 'clusters'),
    log: { info() {}, error() {} },
    querySettings,
    metrics,
  })
  const app = await buildApp({ services, staticDir, ready: () => pingDatabase(db) })
  return {
    app,
    services,
    db,
    dataDir,
    /** Registers a cluster the global setup started as an external one; answers its Ferry cluster ID. */
    async registerCluster(state: LocalClusterState, name: string): Promise<string> {
      const res = await app.inject({
        method: 'POST',
        url: '/v2/clusters',
        payload: {
          provider: 'external',
          name,
          bootstrapServers: state.nodes.map((n) => `${n.host}:${n.clientPorts.PLAINTEXT}`).join(','),
        },
      })
      if (res.statusCode !== 201) throw new Error(`registering ${name} failed: ${res.body}`)
      return res.json().clusterId
    },
    async close() {
      await app.close()
      await services.close()
      await db.destroy()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
