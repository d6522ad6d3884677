import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { RouteInput } from '../../../contract/http.ts'
import type { MetricQuery } from '../../../contract/metrics.ts'
import { routes } from '../../../contract/routes.ts'
import { callApi } from '../../shared/api-client.ts'

export type MetricSources = RouteInput<typeof routes.updateMetricSources>['body']
type MetricName = RouteInput<typeof routes.queryMetric>['params']['metricName']

/** The first samples arrive one scrape (15 s) after a cluster is watched: a chart without any looks again. */
export const firstSamplePollMs = 15_000

export const monitoringKeys = {
  metrics: (clusterId: string) => ['clusters', clusterId, 'metrics'] as const,
  series: (clusterId: string, metric: string, query: MetricQuery) =>
    ['clusters', clusterId, 'metrics', metric, query] as const,
  sources: (clusterId: string) => ['clusters', clusterId, 'metric-sources'] as const,
  /** The clusters feature's key for the same answer, so the page costs no second request. */
  cluster: (clusterId: string) => ['clusters', clusterId] as const,
  groupTopics: (clusterId: string, group: string) =>
    ['clusters', clusterId, 'consumer-groups', group, 'topics'] as const,
}

/** The catalogue with `hasData` per metric; looked at again while some metric has no samples yet. */
export function metricListQuery(clusterId: string) {
  return queryOptions({
    queryKey: monitoringKeys.metrics(clusterId),
    queryFn: ({ signal }) => callApi(routes.listMetrics, { params: { clusterId } }, { signal }),
    select: (data) => data.metrics,
    refetchInterval: (q) => (q.state.data?.metrics.some((m) => !m.hasData) ? firstSamplePollMs : false),
  })
}

export function metricSeriesQuery(clusterId: string, metricName: MetricName, query: MetricQuery) {
  return queryOptions({
    queryKey: monitoringKeys.series(clusterId, metricName, query),
    queryFn: ({ signal }) =>
      callApi(routes.queryMetric, { params: { clusterId, metricName }, query }, { signal }),
    // A refresh moves the range, and with it the key: the old lines stay until the new ones arrive.
    placeholderData: keepPreviousData,
  })
}

export function clusterQuery(clusterId: string) {
  return queryOptions({
    queryKey: monitoringKeys.cluster(clusterId),
    queryFn: ({ signal }) => callApi(routes.getCluster, { params: { clusterId } }, { signal }),
    select: (data) => data.cluster,
  })
}

export function groupTopicsQuery(clusterId: string, groupName: string) {
  return queryOptions({
    queryKey: monitoringKeys.groupTopics(clusterId, groupName),
    queryFn: ({ signal }) =>
      callApi(routes.getConsumerGroupTopics, { params: { clusterId, groupName } }, { signal }),
    select: (data) => data.topics,
  })
}

export function metricSourcesQuery(clusterId: string) {
  return queryOptions({
    queryKey: monitoringKeys.sources(clusterId),
    queryFn: ({ signal }) => callApi(routes.getMetricSources, { params: { clusterId } }, { signal }),
  })
}

/** New sources change which metrics have data: the catalogue and every chart look again. */
export function useUpdateMetricSources(clusterId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: MetricSources) => callApi(routes.updateMetricSources, { params: { clusterId }, body }),
    onSuccess: (saved) => {
      client.setQueryData(monitoringKeys.sources(clusterId), saved)
      return client.invalidateQueries({ queryKey: monitoringKeys.metrics(clusterId) })
    },
  })
}
