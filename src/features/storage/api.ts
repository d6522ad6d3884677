import { queryOptions } from '@tanstack/react-query'
import type { RouteResponse } from '../../../contract/http.ts'
import { routes } from '../../../contract/routes.ts'
import { callApi } from '../../shared/api-client.ts'

export type StorageAnalysis = RouteResponse<typeof routes.getStorageAnalysis>
export type NodeStorage = StorageAnalysis['nodes'][number]
export type TopicUsage = NodeStorage['topics'][number]

export const storageKeys = {
  analysis: (clusterId: string) => ['clusters', clusterId, 'storage-analysis'] as const,
}

export function storageAnalysisQuery(clusterId: string) {
  return queryOptions({
    queryKey: storageKeys.analysis(clusterId),
    queryFn: ({ signal }) => callApi(routes.getStorageAnalysis, { params: { clusterId } }, { signal }),
    select: (data) => data.nodes,
  })
}
