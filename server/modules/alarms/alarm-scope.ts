import type { z } from 'zod'
import type { AlarmScopeSchema } from '../../../contract/alarms.ts'
import { type MetricName, type MetricQuery, metricDefinition } from '../../../contract/metrics.ts'

export type AlarmScope = z.infer<typeof AlarmScopeSchema>

/**
 * Why a metric cannot be watched over a scope, by request field; null when it can. A scope narrows the metric
 * by one of its labels, so `group` on bytes_in (labelled by node and topic) could never have data.
 */
export function scopeProblems(metric: MetricName, scope: AlarmScope): Record<string, string> | null {
  const definition = metricDefinition(metric)
  if (!definition) return { metric: `No metric ${metric}.` }
  if (scope.level === 'cluster') return null
  if (!definition.labels.includes(scope.level)) {
    const levels = ['cluster', ...definition.labels.filter((l) => l !== 'partition')].join(', ')
    return { 'scope.level': `${metric} has no ${scope.level} label: watch it over ${levels}.` }
  }
  if (scope.level === 'node' && !/^\d+$/.test(scope.value ?? ''))
    return { 'scope.value': 'Name the node by its broker ID, a whole number.' }
  return null
}

/** The metric query filter that narrows a metric to the scope: nothing for the whole cluster. */
export function scopeFilter(scope: AlarmScope): Pick<MetricQuery, 'node' | 'topic' | 'group'> {
  return scope.level === 'cluster' ? {} : { [scope.level]: scope.value }
}

/** Where the console shows what the alarm watches. */
export function consolePath(clusterId: string, scope: AlarmScope): string {
  const cluster = `/clusters/${encodeURIComponent(clusterId)}`
  const value = encodeURIComponent(scope.value ?? '')
  if (scope.level === 'topic') return `${cluster}/topics/${value}`
  if (scope.level === 'group') return `${cluster}/consumer-groups/${value}`
  return cluster
}
