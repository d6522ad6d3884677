import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { RouteInput } from '../../../contract/http.ts'
import { routes } from '../../../contract/routes.ts'
import { callApi } from '../../shared/api-client.ts'

export type ListGroupsQuery = NonNullable<RouteInput<typeof routes.listConsumerGroups>['query']>
export type ResetOffsetsBody = RouteInput<typeof routes.resetConsumerGroupOffsets>['body']

/** Offsets move while a group consumes; an open detail page follows them at this pace. */
const detailRefreshMs = 5_000

export const groupKeys = {
  all: (clusterId: string) => ['clusters', clusterId, 'consumer-groups'] as const,
  list: (clusterId: string, query: ListGroupsQuery) =>
    ['clusters', clusterId, 'consumer-groups', { list: query }] as const,
  detail: (clusterId: string, groupName: string) =>
    ['clusters', clusterId, 'consumer-groups', groupName] as const,
}

export function groupListQuery(clusterId: string, query: ListGroupsQuery) {
  return queryOptions({
    queryKey: groupKeys.list(clusterId, query),
    queryFn: ({ signal }) => callApi(routes.listConsumerGroups, { params: { clusterId }, query }, { signal }),
  })
}

export function groupDetailQuery(clusterId: string, groupName: string) {
  return queryOptions({
    queryKey: groupKeys.detail(clusterId, groupName),
    queryFn: ({ signal }) =>
      callApi(routes.getConsumerGroup, { params: { clusterId, groupName } }, { signal }),
    refetchInterval: detailRefreshMs,
  })
}

export function useResetOffsets(clusterId: string, groupName: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ResetOffsetsBody) =>
      callApi(routes.resetConsumerGroupOffsets, { params: { clusterId, groupName }, body }),
    onSuccess: (result) => {
      if (!result.dryRun) return queryClient.invalidateQueries({ queryKey: groupKeys.all(clusterId) })
    },
  })
}

export function useDeleteGroup(clusterId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (groupName: string) =>
      callApi(routes.deleteConsumerGroup, { params: { clusterId, groupName } }),
    onSuccess: (_result, groupName) => {
      queryClient.removeQueries({ queryKey: groupKeys.detail(clusterId, groupName) })
      return queryClient.invalidateQueries({ queryKey: groupKeys.all(clusterId) })
    },
  })
}
