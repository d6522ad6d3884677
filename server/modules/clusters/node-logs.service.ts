import { ApiError } from '../../http/api-error.ts'
import { listLogFiles, readLogFile } from '../../providers/local/node-logs.ts'
import type { ClustersRepository } from '../../store/clusters-repository.ts'
import type { LocalClusters } from './local-clusters.ts'

/** Log files of the nodes of clusters Ferry runs; an external cluster's logs are on its own hosts. */
export function nodeLogsService({ clusters, local }: { clusters: ClustersRepository; local: LocalClusters }) {
  async function logDir(clusterId: string, brokerId: number): Promise<string> {
    const cluster = await clusters.get(clusterId)
    if (!cluster) throw new ApiError('CLUSTER_NOT_FOUND', `No cluster with ID ${clusterId}.`)
    if (cluster.provider !== 'local') {
      throw new ApiError(
        'CLUSTER_NOT_MANAGED',
        `${cluster.name} runs elsewhere; its logs are on its own hosts.`,
      )
    }
    const dir = local.logDir(cluster, brokerId)
    if (!dir) throw new ApiError('NOT_FOUND', `${cluster.name} has no node ${brokerId}.`)
    return dir
  }
  return {
    async list(clusterId: string, brokerId: number) {
      return { files: await listLogFiles(await logDir(clusterId, brokerId)) }
    },

    async read(
      clusterId: string,
      brokerId: number,
      fileName: string,
      query: { position?: number; maxBytes: number },
    ) {
      const chunk = await readLogFile(
        await logDir(clusterId, brokerId),
        fileName,
        query.position,
        query.maxBytes,
      )
      if (!chunk) throw new ApiError('NOT_FOUND', `Node ${brokerId} has no log file named ${fileName}.`)
      return chunk
    },
  }
}

export type NodeLogsService = ReturnType<typeof nodeLogsService>
