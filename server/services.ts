import { AdminPool } from './kafka/admin-pool.ts'
import { describeCluster } from './kafka/describe-cluster.ts'
import { clusterAccess } from './modules/clusters/cluster-access.ts'
import { clustersService, newClusterId } from './modules/clusters/clusters.service.ts'
import { localClusters } from './modules/clusters/local-clusters.ts'
import { LocalProvider } from './providers/local/local-provider.ts'
import { clustersRepository } from './store/clusters-repository.ts'
import type { Db } from './store/database.ts'
import type { SecretBox } from './store/secrets.ts'

export interface ServiceDeps {
  db: Db
  secrets: SecretBox
  /** Where the local provider keeps its clusters' files. */
  clustersDir: string
  log: { info(msg: string): void; error(obj: unknown, msg: string): void }
}

/** Wires the modules together once; main.ts and the tests both build the app from this. */
export function createServices({ db, secrets, clustersDir, log }: ServiceDeps) {
  const clusters = clustersRepository(db)
  const pool = new AdminPool()
  const access = clusterAccess(clusters, secrets, pool)
  const provider = new LocalProvider({ dataDir: clustersDir, log: (msg) => log.info(msg) })
  const local = localClusters({ clusters, secrets, provider, log, newClusterId })
  const probe = (cfg: Parameters<typeof describeCluster>[0]) => describeCluster(cfg, { timeoutMs: 10_000 })
  return {
    local,
    clusters: clustersService({ clusters, secrets, access, probe, local }),
    close: () => pool.close(),
  }
}

export type Services = ReturnType<typeof createServices>
