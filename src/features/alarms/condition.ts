import type { TFunction } from 'i18next'
import type { Comparator } from '../../../contract/alarms.ts'
import { type MetricName, metricDefinition } from '../../../contract/metrics.ts'
import { formatDurationMs, formatMetricValue } from '../../shared/format-metric.ts'
import { comparatorSymbols } from './policy-form.ts'

/** A value of a metric in its unit, e.g. "2.0 MiB/s"; a metric Ferry no longer knows shows the bare number. */
export function formatValueOf(metric: string, value: number): string {
  const unit = metricDefinition(metric)?.unit
  return unit ? formatMetricValue(value, unit) : String(value)
}

/** "> 2.0 MiB/s for 2m": what a policy watches for, as its list shows it. */
export function formatCondition(
  metric: string,
  comparator: Comparator,
  threshold: number,
  durationSeconds?: number,
): string {
  const condition = `${comparatorSymbols[comparator]} ${formatValueOf(metric, threshold)}`
  return durationSeconds ? `${condition} · ${formatDurationMs(durationSeconds * 1000)}` : condition
}

/** A metric's name in the reader's language (the monitoring page's labels); an unknown one as it is. */
export function metricTitle(t: TFunction, metric: string): string {
  return t(`monitoring.metrics.${metric as MetricName}`, { defaultValue: metric })
}
