import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import type { RouteInput, RouteResponse } from '../../../contract/http.ts'
import { routes } from '../../../contract/routes.ts'
import { callApi } from '../../shared/api-client.ts'
import { isTransitional } from './cluster-state.ts'

export type ListClustersQuery = NonNullable<RouteInput<typeof routes.listClusters>['query']>
/** The body that registers an existing cluster; a local one is created by the wizard. */
export type RegisterClusterBody = Extract<
  RouteInput<typeof routes.createCluster>['body'],
  { provider: 'external' }
>
/** Registering answers 201 with the cluster; only a local creation answers 202 with a job. */
type RegisterClusterResult = Extract<RouteResponse<typeof routes.createCluster>, { cluster: unknown }>
/** Which part of a node's log file to read: its tail when `position` is absent. */
export type NodeLogRead = { position?: number; maxBytes?: number }
export type NodeLogChunk = RouteResponse<typeof routes.readNodeLog>
export type IncreaseBrokerCountBody = RouteInput<typeof routes.increaseBrokerCount>['body']

/** How often a cluster on its way somewhere (deploying, rebooting...) is asked about again. */
const transitionalPollMs = 3_000

export const clusterKeys = {
  all: ['clusters'] as const,
  list: (query: ListClustersQuery) => ['clusters', { list: query }] as const,
  detail: (clusterId: string) => ['clusters', clusterId] as const,
  accessEndpoints: (clusterId: string) => ['clusters', clusterId, 'access-endpoints'] as const,
  nodes: (clusterId: string) => ['clusters', clusterId, 'nodes'] as const,
  quorum: (clusterId: string) => ['clusters', clusterId, 'quorum'] as const,
  nodeConfigs: (clusterId: string, brokerId: number) =>
    ['clusters', clusterId, 'nodes', brokerId, 'configs'] as const,
  clusterConfigs: (clusterId: string) => ['clusters', clusterId, 'configurations'] as const,
  nodeLogs: (clusterId: string, brokerId: number) =>
    ['clusters', clusterId, 'nodes', brokerId, 'logs'] as const,
  nodeLog: (clusterId: string, brokerId: number, fileName: string, read: NodeLogRead) =>
    ['clusters', clusterId, 'nodes', brokerId, 'logs', fileName, read] as const,
  localCatalogue: ['providers', 'local', 'catalogue'] as const,
}

export function clusterListQuery(query: ListClustersQuery) {
  return queryOptions({
    queryKey: clusterKeys.list(query),
    queryFn: ({ signal }) => callApi(routes.listClusters, { query }, { signal }),
    refetchInterval: (q) =>
      q.state.data?.clusters.some((cluster) => isTransitional(cluster.state)) ? transitionalPollMs : false,
  })
}

/** `releasing`: the cluster is being deleted, so it is asked about until it is gone, whatever its state. */
export function clusterDetailQuery(clusterId: string, { releasing = false } = {}) {
  return queryOptions({
    queryKey: clusterKeys.detail(clusterId),
    queryFn: ({ signal }) => callApi(routes.getCluster, { params: { clusterId } }, { signal }),
    select: (data) => data.cluster,
    refetchInterval: (q) =>
      (releasing && q.state.status !== 'error') ||
      (q.state.data && isTransitional(q.state.data.cluster.state))
        ? transitionalPollMs
        : false,
  })
}

export function accessEndpointsQuery(clusterId: string) {
  return queryOptions({
    queryKey: clusterKeys.accessEndpoints(clusterId),
    queryFn: ({ signal }) => callApi(routes.getAccessEndpoints, { params: { clusterId } }, { signal }),
    select: (data) => data.accessEndpoints,
  })
}

/** `poll` is set while the cluster itself is transitional, when brokers come and go. */
export function clusterNodesQuery(clusterId: string, poll: boolean) {
  return queryOptions({
    queryKey: clusterKeys.nodes(clusterId),
    queryFn: ({ signal }) => callApi(routes.listNodes, { params: { clusterId }, query: {} }, { signal }),
    select: (data) => data.nodes,
    refetchInterval: poll ? transitionalPollMs : false,
  })
}

export function quorumQuery(clusterId: string) {
  return queryOptions({
    queryKey: clusterKeys.quorum(clusterId),
    queryFn: ({ signal }) => callApi(routes.getQuorum, { params: { clusterId } }, { signal }),
  })
}

export function nodeConfigsQuery(clusterId: string, brokerId: number) {
  return queryOptions({
    queryKey: clusterKeys.nodeConfigs(clusterId, brokerId),
    queryFn: ({ signal }) => callApi(routes.getNodeConfigs, { params: { clusterId, brokerId } }, { signal }),
    select: (data) => data.configs,
  })
}

/** The log files of a node Ferry runs, newest first. */
export function nodeLogFilesQuery(clusterId: string, brokerId: number) {
  return queryOptions({
    queryKey: clusterKeys.nodeLogs(clusterId, brokerId),
    queryFn: ({ signal }) => callApi(routes.listNodeLogs, { params: { clusterId, brokerId } }, { signal }),
    select: (data) => data.files,
  })
}

/**
 * One read of a node's log file. The viewer keeps the text itself, so the cache drops a read once nothing
 * watches it, and a tail on screen is not swapped on window focus: following is asked for, by polling.
 */
export function nodeLogQuery(clusterId: string, brokerId: number, fileName: string, read: NodeLogRead = {}) {
  return queryOptions({
    queryKey: clusterKeys.nodeLog(clusterId, brokerId, fileName, read),
    queryFn: ({ signal }) =>
      callApi(routes.readNodeLog, { params: { clusterId, brokerId, fileName }, query: read }, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  })
}

export function clusterConfigsQuery(clusterId: string) {
  return queryOptions({
    queryKey: clusterKeys.clusterConfigs(clusterId),
    queryFn: ({ signal }) => callApi(routes.getClusterConfigs, { params: { clusterId } }, { signal }),
    select: (data) => data.configs,
  })
}

export function useUpdateClusterConfigs(clusterId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (configs: { name: string; value: string | null }[]) =>
      callApi(routes.updateClusterConfigs, { params: { clusterId }, body: { configs } }),
    onSuccess: (data) => {
      queryClient.setQueryData(clusterKeys.clusterConfigs(clusterId), data)
      // Every broker's effective values change with the cluster-wide ones.
      void queryClient.invalidateQueries({ queryKey: [...clusterKeys.nodes(clusterId)] })
    },
  })
}

export function useRegisterCluster() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (body: RegisterClusterBody) =>
      (await callApi(routes.createCluster, { body })) as RegisterClusterResult,
    onSuccess: (result) => {
      queryClient.setQueryData(clusterKeys.detail(result.clusterId), { cluster: result.cluster })
      return queryClient.invalidateQueries({ queryKey: clusterKeys.all })
    },
  })
}

/**
 * Delete a cluster. A local one answers 202 with the RELEASE_KAFKA_CLUSTER job, and stays (polled) until the
 * job has removed it; an external one answers 204 (null), already forgotten.
 */
export function useDeleteCluster() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (clusterId: string) => callApi(routes.deleteCluster, { params: { clusterId } }),
    onSuccess: (result, clusterId) => {
      if (result === null) queryClient.removeQueries({ queryKey: clusterKeys.detail(clusterId) })
      return queryClient.invalidateQueries({ queryKey: clusterKeys.all })
    },
  })
}

/** What the local provider allows: here, the most nodes one cluster may have. */
export function localCatalogueQuery() {
  return queryOptions({
    queryKey: clusterKeys.localCatalogue,
    queryFn: ({ signal }) => callApi(routes.getLocalCatalogue, {}, { signal }),
  })
}

/** Restart one node; the cluster turns REBOOTING, which the detail page polls until it is ACTIVE again. */
export function useRestartNode(clusterId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (brokerId: number) => callApi(routes.restartNode, { params: { clusterId, brokerId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clusterKeys.all }),
  })
}

/** Grow a cluster to a new total; it turns UPDATING until the new nodes run. */
export function useIncreaseBrokerCount(clusterId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: IncreaseBrokerCountBody) =>
      callApi(routes.increaseBrokerCount, { params: { clusterId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clusterKeys.all }),
  })
}

/**
 * Stop or start a cluster Ferry runs. The server answers at once with the job doing it; the
 * cluster turns UPDATING, which the detail page polls until it settles.
 */
export function useClusterLifecycle(clusterId: string, action: 'stop' | 'start') {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      callApi(action === 'stop' ? routes.stopCluster : routes.startCluster, { params: { clusterId } }),
    // The detail, its jobs and the list all show the new state.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clusterKeys.all }),
  })
}

/**
 * A cluster's endpoints, nodes and quorum change when it settles into a new state (DEPLOYING → ACTIVE);
 * whatever was fetched before then is asked again.
 */
export function useRefetchOnStateChange(clusterId: string, state: string | undefined) {
  const queryClient = useQueryClient()
  const previous = useRef(state)
  useEffect(() => {
    if (previous.current !== undefined && state !== undefined && previous.current !== state) {
      void queryClient.invalidateQueries({ queryKey: clusterKeys.detail(clusterId) })
    }
    previous.current = state
  }, [clusterId, state, queryClient])
}
