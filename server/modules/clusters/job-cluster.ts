import type { ClustersRepository, StoredCluster } from '../../store/clusters-repository.ts'

/** The cluster a job step works on, read fresh each step: the previous step may have changed it. */
export function jobCluster(clusters: ClustersRepository): (clusterId: string) => Promise<StoredCluster> {
  return async (clusterId) => {
    const found = await clusters.get(clusterId)
    if (!found) throw new Error(`Cluster ${clusterId} no longer exists.`)
    return found
  }
}
