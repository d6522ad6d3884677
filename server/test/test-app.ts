import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildApp } from '../app.ts'
import { describeCluster } from '../kafka/describe-cluster.ts'
import { clustersService, newClusterId } from '../modules/clusters/clusters.service.ts'
import { localClusters } from '../modules/clusters/local-clusters.ts'
import { LocalProvider } from '../providers/local/local-provider.ts'
import { clustersRepository } from '../store/clusters-repository.ts'
import { openDatabase, pingDatabase } from '../store/database.ts'
import { createSecretBox, loadSecretKey } from '../store/secrets.ts'

/** The real app on a fresh store in a temp dir, wired as main.ts wires it, for app.inject() tests. */
export async function startTestApp() {
  const dataDir = mkdtempSync(join(tmpdir(), 'ferry-test-app-'))
  const db = await openDatabase(dataDir)
  const secrets = createSecretBox(loadSecretKey(undefined, join(dataDir, 'secret.key')))
  const clusters = clustersRepository(db)
  const provider = new LocalProvider({ dataDir: join(dataDir, 'clusters') })
  const silent = { info() {}, error() {} }
  const local = localClusters({ clusters, secrets, provider, log: silent, newClusterId })
  const probe = (cfg: Parameters<typeof describeCluster>[0]) => describeCluster(cfg, { timeoutMs: 8_000 })
  const app = await buildApp({
    clusters: clustersService({ clusters, secrets, probe, local }),
    ready: () => pingDatabase(db),
  })
  return {
    app,
    db,
    async close() {
      await app.close()
      await db.destroy()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
