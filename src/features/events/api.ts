import { queryOptions } from '@tanstack/react-query'
import type { RouteInput } from '../../../contract/http.ts'
import { routes } from '../../../contract/routes.ts'
import { callApi } from '../../shared/api-client.ts'

export type EventListQuery = NonNullable<RouteInput<typeof routes.listClusterEvents>['query']>

/** Events arrive as operations run, so an open list looks again at this pace. */
const listPollMs = 10_000

export const eventKeys = {
  all: (clusterId: string) => ['clusters', clusterId, 'events'] as const,
  list: (clusterId: string, query: EventListQuery) =>
    ['clusters', clusterId, 'events', { list: query }] as const,
  /** Every cluster's events: not under one cluster, since the list spans them. */
  global: (query: EventListQuery) => ['events', { list: query }] as const,
}

export function clusterEventListQuery(clusterId: string, query: EventListQuery) {
  return queryOptions({
    queryKey: eventKeys.list(clusterId, query),
    queryFn: ({ signal }) => callApi(routes.listClusterEvents, { params: { clusterId }, query }, { signal }),
    refetchInterval: listPollMs,
  })
}

export function globalEventListQuery(query: EventListQuery) {
  return queryOptions({
    queryKey: eventKeys.global(query),
    queryFn: ({ signal }) => callApi(routes.listEvents, { query }, { signal }),
    refetchInterval: listPollMs,
  })
}
