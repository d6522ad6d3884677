import { queryOptions } from '@tanstack/react-query'
import { routes } from '../../contract/routes.ts'
import { callApi } from './api-client.ts'

/**
 * What a picker of a cluster's nodes, topics or consumer groups offers, for the features that let a reader
 * narrow something down to one of them (monitoring views, alarm scopes). Keys sit under the cluster's, next
 * to the lists' own, so they go stale together.
 */
export const choiceKeys = {
  clusters: ['clusters', { list: { maxKeys: 1000 } }] as const,
  /** The clusters feature's key for the same answer. */
  nodes: (clusterId: string) => ['clusters', clusterId, 'nodes'] as const,
  topics: (clusterId: string, search: string) =>
    ['clusters', clusterId, 'topics', { choices: search }] as const,
  groups: (clusterId: string, search: string) =>
    ['clusters', clusterId, 'consumer-groups', { choices: search }] as const,
}

// One page of matches: a picker is narrowed by typing, not scrolled through thousands.
const choicePage = 50

export function nodeChoicesQuery(clusterId: string) {
  return queryOptions({
    queryKey: choiceKeys.nodes(clusterId),
    queryFn: ({ signal }) => callApi(routes.listNodes, { params: { clusterId }, query: {} }, { signal }),
    select: (data) => data.nodes,
  })
}

export function topicChoicesQuery(clusterId: string, search: string) {
  return queryOptions({
    queryKey: choiceKeys.topics(clusterId, search),
    queryFn: ({ signal }) =>
      callApi(
        routes.listTopics,
        { params: { clusterId }, query: { topicName: search || undefined, pageSize: choicePage } },
        { signal },
      ),
    select: (data) => data.topics.map((topic) => topic.topicName),
  })
}

export function groupChoicesQuery(clusterId: string, search: string) {
  return queryOptions({
    queryKey: choiceKeys.groups(clusterId, search),
    queryFn: ({ signal }) =>
      callApi(
        routes.listConsumerGroups,
        { params: { clusterId }, query: { groupName: search || undefined, pageSize: choicePage } },
        { signal },
      ),
    select: (data) => data.groups.map((group) => group.groupName),
  })
}

/** Every cluster, for a picker (alarm policies, a role's clusters); the list API's limit is more than one Ferry holds. */
export function clusterChoicesQuery() {
  return queryOptions({
    queryKey: choiceKeys.clusters,
    queryFn: ({ signal }) => callApi(routes.listClusters, { query: { maxKeys: 1000 } }, { signal }),
    select: (data) => data.clusters,
  })
}
