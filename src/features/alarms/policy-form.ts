import type { Comparator } from '../../../contract/alarms.ts'
import {
  type MetricLabel,
  type MetricName,
  type MetricUnit,
  metricDefinition,
} from '../../../contract/metrics.ts'
import type { AlarmPolicy, AlarmPolicyBody } from './api.ts'

export type ScopeLevel = AlarmPolicyBody['scope']['level']

/** The policy form as antd holds it: the threshold is typed in a unit the reader picks (KiB, MiB ...). */
export interface PolicyFormValues {
  name: string
  clusterId: string
  metric: MetricName
  scope: { level: ScopeLevel; value?: string }
  comparator: Comparator
  threshold: number
  /** What one unit of `threshold` is worth in the metric's own unit: 1, or 1024ⁿ for byte metrics. */
  thresholdScale: number
  durationSeconds: number
  severity: AlarmPolicyBody['severity']
  channelIds: string[]
  enabled: boolean
}

export const newPolicyValues: Partial<PolicyFormValues> = {
  scope: { level: 'cluster' },
  comparator: 'GT',
  thresholdScale: 1,
  durationSeconds: 60,
  severity: 'WARNING',
  channelIds: [],
  enabled: true,
}

const byteScales = [
  { scale: 1, symbol: 'B' },
  { scale: 1024, symbol: 'KiB' },
  { scale: 1024 ** 2, symbol: 'MiB' },
  { scale: 1024 ** 3, symbol: 'GiB' },
]

/** The units a threshold can be typed in: byte metrics offer B to GiB, others their one unit. */
export function thresholdScales(unit: MetricUnit): Array<{ scale: number; symbol: string }> {
  if (unit === 'bytes') return byteScales
  if (unit === 'bytesPerSecond') return byteScales.map((s) => ({ ...s, symbol: `${s.symbol}/s` }))
  const symbol = { perSecond: '/s', milliseconds: 'ms', seconds: 's', percent: '%', count: '' }[unit]
  return [{ scale: 1, symbol }]
}

/** The scope levels a metric can be narrowed to: its labels, of those a policy can name. */
export function scopeLevels(metric: MetricName | undefined): ScopeLevel[] {
  const labels: MetricLabel[] = metric ? (metricDefinition(metric)?.labels ?? []) : []
  return ['cluster', ...(['node', 'topic', 'group'] as const).filter((level) => labels.includes(level))]
}

export function policyBody(values: PolicyFormValues): AlarmPolicyBody {
  const level = values.scope.level
  return {
    name: values.name,
    clusterId: values.clusterId,
    metric: values.metric,
    scope: level === 'cluster' ? { level } : { level, value: values.scope.value },
    comparator: values.comparator,
    threshold: values.threshold * (values.thresholdScale ?? 1),
    durationSeconds: values.durationSeconds,
    severity: values.severity,
    channelIds: values.channelIds ?? [],
    enabled: values.enabled,
  }
}

/** A stored policy in the form: the threshold in the largest unit that writes it without a fraction. */
export function policyValues(policy: AlarmPolicy): PolicyFormValues {
  const unit = metricDefinition(policy.metric)?.unit ?? 'count'
  const scales = thresholdScales(unit)
  const fit =
    [...scales].reverse().find((s) => s.scale > 1 && Number.isInteger(policy.threshold / s.scale)) ??
    scales[0]
  const scale = fit?.scale ?? 1
  return {
    name: policy.name,
    clusterId: policy.clusterId,
    metric: policy.metric,
    scope: { ...policy.scope },
    comparator: policy.comparator,
    threshold: policy.threshold / scale,
    thresholdScale: scale,
    durationSeconds: policy.durationSeconds,
    severity: policy.severity,
    channelIds: policy.channelIds,
    enabled: policy.enabled,
  }
}

export const comparatorSymbols: Record<Comparator, string> = { GT: '>', GTE: '≥', LT: '<', LTE: '≤' }
