import { AlarmStateSchema } from '../../../contract/alarms.ts'
import { type MarkerView, markerQuery, readMarkerView, writeMarkerView } from '../../shared/marker-paging.ts'
import type { HistoryQuery, PolicyListQuery } from './api.ts'

export const ALARM_TABS = ['policies', 'channels', 'history', 'eventPolicies'] as const
export type AlarmTab = (typeof ALARM_TABS)[number]

export const HISTORY_STATES = ['FIRING', 'RESOLVED'] as const
export type HistoryState = (typeof HISTORY_STATES)[number]
export type PolicyState = PolicyListQuery['state'] & string

/**
 * The alarms page in the URL: the tab, and that tab's filters and page (a policy or alarm list filtered by
 * cluster and state), so a reload or a shared link shows the same rows.
 */
export interface AlarmListView<S extends string> extends MarkerView {
  clusterId: string | undefined
  state: S | undefined
}

export function readTab(params: URLSearchParams): AlarmTab {
  const tab = params.get('tab')
  return (ALARM_TABS as readonly string[]).includes(tab ?? '') ? (tab as AlarmTab) : 'policies'
}

function readListView<S extends string>(params: URLSearchParams, states: readonly S[]): AlarmListView<S> {
  const state = params.get('state')
  return {
    clusterId: params.get('clusterId') || undefined,
    state: states.includes(state as S) ? (state as S) : undefined,
    ...readMarkerView(params),
  }
}

export const readPolicyView = (params: URLSearchParams) => readListView(params, AlarmStateSchema.options)
export const readHistoryView = (params: URLSearchParams) => readListView(params, HISTORY_STATES)

/** The tab's URL; the tab's view is left out when it is another tab's (filters do not carry over). */
export function writeAlarmsView<S extends string>(tab: AlarmTab, view?: AlarmListView<S>): URLSearchParams {
  const params = new URLSearchParams()
  if (tab !== 'policies') params.set('tab', tab)
  if (!view) return params
  if (view.clusterId) params.set('clusterId', view.clusterId)
  if (view.state) params.set('state', view.state)
  return writeMarkerView(params, view)
}

export function listQuery<S extends string>(view: AlarmListView<S>): PolicyListQuery & HistoryQuery {
  return {
    ...markerQuery(view),
    ...(view.clusterId ? { clusterId: view.clusterId } : {}),
    ...(view.state ? { state: view.state as never } : {}),
  }
}
