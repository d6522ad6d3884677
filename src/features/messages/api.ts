import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { RouteInput } from '../../../contract/http.ts'
import { routes } from '../../../contract/routes.ts'
import { callApi } from '../../shared/api-client.ts'

export type ProduceBody = RouteInput<typeof routes.produceMessage>['body']
export type QuerySettingsBody = RouteInput<typeof routes.updateMessageQuerySettings>['body']

// The query itself streams (use-message-query.ts); these are the plain calls around it.
export const messageKeys = {
  topicChoices: (clusterId: string, search: string) =>
    ['clusters', clusterId, 'topics', { messageTopicSearch: search }] as const,
  running: (clusterId: string) => ['clusters', clusterId, 'messages', 'queries'] as const,
  settings: (clusterId: string) => ['clusters', clusterId, 'messages', 'settings'] as const,
  /** The topic detail page's key: the partition count comes from the same cached answer. */
  topic: (clusterId: string, topicName: string) => ['clusters', clusterId, 'topics', topicName] as const,
}

/** Topic names for the picker: the first 50 that contain the search text, internal ones included. */
export function topicChoicesQuery(clusterId: string, search: string) {
  return queryOptions({
    queryKey: messageKeys.topicChoices(clusterId, search),
    queryFn: ({ signal }) =>
      callApi(
        routes.listTopics,
        {
          params: { clusterId },
          query: { topicName: search || undefined, includeInternal: 'true', pageSize: 50 },
        },
        { signal },
      ),
    select: (data) => data.topics.map((topic) => topic.topicName),
    placeholderData: keepPreviousData,
  })
}

export function partitionCountQuery(clusterId: string, topicName: string) {
  return queryOptions({
    queryKey: messageKeys.topic(clusterId, topicName),
    queryFn: ({ signal }) => callApi(routes.getTopic, { params: { clusterId, topicName } }, { signal }),
    select: (data) => data.topic.partitionNum,
  })
}

/** Shown when the cluster refuses another query (429), so the user sees what holds the slots. */
export function runningQueriesQuery(clusterId: string) {
  return queryOptions({
    queryKey: messageKeys.running(clusterId),
    queryFn: ({ signal }) => callApi(routes.listRunningQueries, { params: { clusterId } }, { signal }),
    select: (data) => data.queries,
  })
}

/** The cluster's limits on message queries: the query form's defaults and largest result limit come from here. */
export function messageQuerySettingsQuery(clusterId: string) {
  return queryOptions({
    queryKey: messageKeys.settings(clusterId),
    queryFn: ({ signal }) => callApi(routes.getMessageQuerySettings, { params: { clusterId } }, { signal }),
  })
}

export function useUpdateMessageQuerySettings(clusterId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: QuerySettingsBody) =>
      callApi(routes.updateMessageQuerySettings, { params: { clusterId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messageKeys.settings(clusterId) }),
  })
}

export function useProduceMessage(clusterId: string, topicName: string) {
  return useMutation({
    mutationFn: (body: ProduceBody) =>
      callApi(routes.produceMessage, { params: { clusterId, topicName }, body }),
  })
}

/**
 * Tells the server of an export of query results made in the browser, for the audit trail. The file is the
 * reader's already: a failure here is logged, never in the way.
 */
export function reportExport(clusterId: string, body: RouteInput<typeof routes.recordMessageExport>['body']) {
  callApi(routes.recordMessageExport, { params: { clusterId }, body }).catch((error: unknown) =>
    console.error('Recording the message export in the audit trail failed', error),
  )
}
