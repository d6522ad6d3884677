import {
  type MetricName,
  type MetricQuery,
  type MetricResult,
  metricDefinition,
} from '../../../contract/metrics.ts'
import { type AlarmScope, scopeFilter } from './alarm-scope.ts'

/** The metrics module's range query, as the API serves it. */
export type QueryMetric = (clusterId: string, metric: MetricName, query: MetricQuery) => Promise<MetricResult>

const combine = {
  sum: (values: number[]) => values.reduce((a, b) => a + b, 0),
  max: (values: number[]) => Math.max(...values),
  avg: (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length,
}

/**
 * The metric's newest value over the scope, its series combined with the metric's aggregate (a group's lag
 * is the sum over its partitions); null when no series has a point within `lookbackMs`.
 */
export async function latestValue(
  query: QueryMetric,
  target: { clusterId: string; metric: MetricName; scope: AlarmScope },
  now: number,
  lookbackMs: number,
): Promise<number | null> {
  const result = await query(target.clusterId, target.metric, {
    start: now - lookbackMs,
    end: now,
    step: 1,
    ...scopeFilter(target.scope),
  })
  const latest = result.series.map((s) => s.points.at(-1)).filter((p) => p !== undefined)
  if (latest.length === 0) return null
  // Series that stopped reporting earlier in the window (a deleted partition) are not part of the present.
  const newest = Math.max(...latest.map(([time]) => time))
  const values = latest.filter(([time]) => time === newest).map(([, value]) => value)
  return combine[metricDefinition(target.metric)?.aggregate ?? 'sum'](values)
}
