import { queryOptions } from '@tanstack/react-query'
import { routes } from '../../../contract/routes.ts'
import { callApi, fetchFile } from '../../shared/api-client.ts'
import { downloadText } from '../../shared/download-text.ts'

/** The clusters feature's keys for the same answers: the detail page and the navigation share them. */
export const connectKeys = {
  cluster: (clusterId: string) => ['clusters', clusterId] as const,
  accessEndpoints: (clusterId: string) => ['clusters', clusterId, 'access-endpoints'] as const,
}

export function clusterQuery(clusterId: string) {
  return queryOptions({
    queryKey: connectKeys.cluster(clusterId),
    queryFn: ({ signal }) => callApi(routes.getCluster, { params: { clusterId } }, { signal }),
    select: (data) => data.cluster,
  })
}

export function accessEndpointsQuery(clusterId: string) {
  return queryOptions({
    queryKey: connectKeys.accessEndpoints(clusterId),
    queryFn: ({ signal }) => callApi(routes.getAccessEndpoints, { params: { clusterId } }, { signal }),
    select: (data) => data.accessEndpoints,
  })
}

/** Fetches the cluster's CA certificate and saves it as `fileName`, the name the snippets read it under. */
export async function downloadCaCertificate(clusterId: string, fileName: string): Promise<void> {
  const pem = await fetchFile(routes.getCaCertificate, { params: { clusterId } })
  downloadText(fileName, pem, routes.getCaCertificate.file)
}
