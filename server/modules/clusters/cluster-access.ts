import { ApiError } from '../../http/api-error.ts'
import type { AdminPool, KafkaAdmin } from '../../kafka/admin-pool.ts'
import type { ClustersRepository, StoredCluster } from '../../store/clusters-repository.ts'
import type { SecretBox } from '../../store/secrets.ts'
import { connectionOf } from './cluster-connection.ts'

/** How every module finds a cluster and talks to it, with the reference's state preconditions. */
export function clusterAccess(clusters: ClustersRepository, secrets: SecretBox, pool: AdminPool) {
  async function find(clusterId: string): Promise<StoredCluster> {
    const cluster = await clusters.get(clusterId)
    if (!cluster) throw new ApiError('CLUSTER_NOT_FOUND', `No cluster with ID ${clusterId}.`)
    return cluster
  }

  return {
    find,

    /**
     * The cluster and a pooled admin client. Changes pass `forChange` and are refused unless the cluster is
     * ACTIVE; reads work in any state where brokers may answer.
     */
    async admin(
      clusterId: string,
      { forChange = false } = {},
    ): Promise<{ cluster: StoredCluster; admin: KafkaAdmin }> {
      const cluster = await find(clusterId)
      if (forChange && cluster.state !== 'ACTIVE') {
        throw new ApiError(
          'CLUSTER_NOT_ACTIVE',
          `Cluster ${cluster.name} is ${cluster.state}; this change needs it ACTIVE.`,
        )
      }
      // Its brokers are down on purpose: say so, rather than fail to connect.
      if (cluster.state === 'SUSPENDED') {
        throw new ApiError(
          'CLUSTER_NOT_AVAILABLE',
          `Cluster ${cluster.name} is stopped. Start it to use it again.`,
        )
      }
      if (!cluster.bootstrapServers) {
        throw new ApiError(
          'CLUSTER_NOT_AVAILABLE',
          `Cluster ${cluster.name} has no brokers yet (${cluster.state}).`,
        )
      }
      return { cluster, admin: pool.get(cluster.clusterId, connectionOf(cluster, secrets)) }
    },

    forget: (clusterId: string) => pool.evict(clusterId),
  }
}

export type ClusterAccess = ReturnType<typeof clusterAccess>
