import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { RouteInput } from '../../../contract/http.ts'
import { routes } from '../../../contract/routes.ts'
import { callApi } from '../../shared/api-client.ts'
import type { ListTopicsInput } from './topic-list-params.ts'

export type CreateTopicBody = RouteInput<typeof routes.createTopic>['body']
export type UpdateTopicBody = RouteInput<typeof routes.updateTopic>['body']
export type DeleteRecordsBody = RouteInput<typeof routes.deleteTopicRecords>['body']

export const topicKeys = {
  all: (clusterId: string) => ['clusters', clusterId, 'topics'] as const,
  list: (clusterId: string, query: ListTopicsInput) =>
    ['clusters', clusterId, 'topics', { list: query }] as const,
  similar: (clusterId: string, topicName: string) =>
    ['clusters', clusterId, 'topics', { similarTo: topicName }] as const,
  detail: (clusterId: string, topicName: string) => ['clusters', clusterId, 'topics', topicName] as const,
  partitions: (clusterId: string, topicName: string, page: { pageNo: number; pageSize: number }) =>
    ['clusters', clusterId, 'topics', topicName, 'partitions', page] as const,
  configs: (clusterId: string, topicName: string) =>
    ['clusters', clusterId, 'topics', topicName, 'configs'] as const,
  groups: (clusterId: string, topicName: string) =>
    ['clusters', clusterId, 'topics', topicName, 'consumer-groups'] as const,
  liveBrokers: (clusterId: string) => ['clusters', clusterId, 'topics', { liveBrokers: true }] as const,
}

export function topicListQuery(clusterId: string, query: ListTopicsInput) {
  return queryOptions({
    queryKey: topicKeys.list(clusterId, query),
    queryFn: ({ signal }) => callApi(routes.listTopics, { params: { clusterId }, query }, { signal }),
  })
}

/** Topics whose name collides with this one once "." and "_" are read as the same; five are plenty. */
export function similarTopicsQuery(clusterId: string, topicName: string) {
  return queryOptions({
    queryKey: topicKeys.similar(clusterId, topicName),
    queryFn: ({ signal }) =>
      callApi(
        routes.listTopics,
        { params: { clusterId }, query: { similarTo: topicName, includeInternal: 'true', pageSize: 5 } },
        { signal },
      ),
    select: (data) => data.topics.map((topic) => topic.topicName),
  })
}

/** How many brokers are alive: the most replicas a new topic can have. */
export function liveBrokersQuery(clusterId: string) {
  return queryOptions({
    queryKey: topicKeys.liveBrokers(clusterId),
    queryFn: ({ signal }) => callApi(routes.listNodes, { params: { clusterId }, query: {} }, { signal }),
    select: (data) => data.nodes.filter((node) => node.state === 'ALIVE').length,
  })
}

export function topicDetailQuery(clusterId: string, topicName: string) {
  return queryOptions({
    queryKey: topicKeys.detail(clusterId, topicName),
    queryFn: ({ signal }) => callApi(routes.getTopic, { params: { clusterId, topicName } }, { signal }),
    select: (data) => data.topic,
  })
}

export function topicPartitionsQuery(
  clusterId: string,
  topicName: string,
  page: { pageNo: number; pageSize: number },
) {
  return queryOptions({
    queryKey: topicKeys.partitions(clusterId, topicName, page),
    queryFn: ({ signal }) =>
      callApi(routes.listTopicPartitions, { params: { clusterId, topicName }, query: page }, { signal }),
  })
}

export function topicConfigsQuery(clusterId: string, topicName: string) {
  return queryOptions({
    queryKey: topicKeys.configs(clusterId, topicName),
    queryFn: ({ signal }) =>
      callApi(routes.getTopicConfigs, { params: { clusterId, topicName } }, { signal }),
    select: (data) => data.configs,
  })
}

export function topicGroupsQuery(clusterId: string, topicName: string) {
  return queryOptions({
    queryKey: topicKeys.groups(clusterId, topicName),
    queryFn: ({ signal }) =>
      callApi(routes.listTopicConsumerGroups, { params: { clusterId, topicName } }, { signal }),
    select: (data) => data.groups,
  })
}

export function useCreateTopic(clusterId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateTopicBody) => callApi(routes.createTopic, { params: { clusterId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: topicKeys.all(clusterId) }),
  })
}

/** Partition count and configs both change the detail, the partitions and the list's columns. */
export function useUpdateTopic(clusterId: string, topicName: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: UpdateTopicBody) =>
      callApi(routes.updateTopic, { params: { clusterId, topicName }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: topicKeys.all(clusterId) }),
  })
}

export function useDeleteRecords(clusterId: string, topicName: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: DeleteRecordsBody) =>
      callApi(routes.deleteTopicRecords, { params: { clusterId, topicName }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: topicKeys.all(clusterId) }),
  })
}

export function useDeleteTopic(clusterId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (topicName: string) => callApi(routes.deleteTopic, { params: { clusterId, topicName } }),
    onSuccess: (_result, topicName) => {
      // Its own queries would only answer 404 now: an open detail page leaves rather than refetch them.
      queryClient.removeQueries({ queryKey: topicKeys.detail(clusterId, topicName), type: 'inactive' })
      return queryClient.invalidateQueries({
        queryKey: topicKeys.all(clusterId),
        predicate: (query) => query.queryKey[3] !== topicName,
      })
    },
  })
}
