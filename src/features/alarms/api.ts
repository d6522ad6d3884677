import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type { AlarmPolicySchema, AlarmRecordSchema } from '../../../contract/alarms.ts'
import type { RouteInput, RouteResponse } from '../../../contract/http.ts'
import { routes } from '../../../contract/routes.ts'
import { callApi } from '../../shared/api-client.ts'

export type PolicyListQuery = NonNullable<RouteInput<typeof routes.listAlarmPolicies>['query']>
export type HistoryQuery = NonNullable<RouteInput<typeof routes.listAlarmHistory>['query']>
export type AlarmPolicyBody = RouteInput<typeof routes.createAlarmPolicy>['body']
export type AlarmPolicy = z.infer<typeof AlarmPolicySchema>
export type ChannelBody = RouteInput<typeof routes.createAlarmChannel>['body']
export type AlarmChannel = RouteResponse<typeof routes.createAlarmChannel>
export type ChannelTestResult = RouteResponse<typeof routes.testAlarmChannel>
export type AlarmRecord = z.infer<typeof AlarmRecordSchema>
export type EventPolicyBody = RouteInput<typeof routes.createEventPolicy>['body']
export type EventPolicy = RouteResponse<typeof routes.createEventPolicy>

/**
 * A page of a marker-paged alarm list. The contract builds these lists with a computed key, which zod types as
 * a record; the console names the one list each holds.
 */
type Page<K extends string, T> = { [key in K]: T[] } & {
  marker: string | null
  maxKeys: number
  isTruncated: boolean
  nextMarker: string | null
}
export type PolicyPage = Page<'policies', AlarmPolicy>
export type HistoryPage = Page<'alarms', AlarmRecord>

/** A policy's state changes as it is evaluated: an open list looks again at this pace. */
const statePollMs = 15_000

export const alarmKeys = {
  all: ['alarms'] as const,
  policies: ['alarms', 'policies'] as const,
  policyList: (query: PolicyListQuery) => ['alarms', 'policies', { list: query }] as const,
  channels: ['alarms', 'channels'] as const,
  history: (query: HistoryQuery) => ['alarms', 'history', { list: query }] as const,
  eventPolicies: ['alarms', 'event-policies'] as const,
}

export function policyListQuery(query: PolicyListQuery) {
  return queryOptions({
    queryKey: alarmKeys.policyList(query),
    queryFn: ({ signal }) =>
      callApi(routes.listAlarmPolicies, { query }, { signal }) as Promise<unknown> as Promise<PolicyPage>,
    refetchInterval: statePollMs,
  })
}

export function channelListQuery() {
  return queryOptions({
    queryKey: alarmKeys.channels,
    queryFn: ({ signal }) => callApi(routes.listAlarmChannels, {}, { signal }),
    select: (data) => data.channels,
  })
}

export function historyQuery(query: HistoryQuery) {
  return queryOptions({
    queryKey: alarmKeys.history(query),
    queryFn: ({ signal }) =>
      callApi(routes.listAlarmHistory, { query }, { signal }) as Promise<unknown> as Promise<HistoryPage>,
    refetchInterval: statePollMs,
  })
}

export function eventPolicyListQuery() {
  return queryOptions({
    queryKey: alarmKeys.eventPolicies,
    queryFn: ({ signal }) => callApi(routes.listEventPolicies, {}, { signal }),
    select: (data) => data.policies,
  })
}

function useInvalidating<V, R>(mutationFn: (variables: V) => Promise<R>, queryKey: readonly unknown[]) {
  const client = useQueryClient()
  return useMutation({ mutationFn, onSuccess: () => client.invalidateQueries({ queryKey }) })
}

/** Creates a policy, or changes the one named by `policyId`. */
export function useSavePolicy() {
  return useInvalidating(
    ({ policyId, body }: { policyId?: string; body: AlarmPolicyBody }) =>
      policyId
        ? callApi(routes.updateAlarmPolicy, { params: { policyId }, body })
        : callApi(routes.createAlarmPolicy, { body }),
    alarmKeys.policies,
  )
}

export function useDeletePolicy() {
  return useInvalidating(
    (policyId: string) => callApi(routes.deleteAlarmPolicy, { params: { policyId } }),
    alarmKeys.policies,
  )
}

export function useSaveChannel() {
  return useInvalidating(
    ({ channelId, body }: { channelId?: string; body: ChannelBody }) =>
      channelId
        ? callApi(routes.updateAlarmChannel, { params: { channelId }, body })
        : callApi(routes.createAlarmChannel, { body }),
    alarmKeys.channels,
  )
}

export function useDeleteChannel() {
  return useInvalidating(
    (channelId: string) => callApi(routes.deleteAlarmChannel, { params: { channelId } }),
    alarmKeys.channels,
  )
}

export function useTestChannel() {
  return useMutation({
    mutationFn: (channelId: string) => callApi(routes.testAlarmChannel, { params: { channelId } }),
  })
}

export function useSaveEventPolicy() {
  return useInvalidating(
    ({ policyId, body }: { policyId?: string; body: EventPolicyBody }) =>
      policyId
        ? callApi(routes.updateEventPolicy, { params: { policyId }, body })
        : callApi(routes.createEventPolicy, { body }),
    alarmKeys.eventPolicies,
  )
}

export function useDeleteEventPolicy() {
  return useInvalidating(
    (policyId: string) => callApi(routes.deleteEventPolicy, { params: { policyId } }),
    alarmKeys.eventPolicies,
  )
}
