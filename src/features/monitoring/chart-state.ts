import type { Cluster } from '../../../contract/clusters.ts'
import type { MetricResult } from '../../../contract/metrics.ts'
import type { MetricInfo } from './views.ts'

/**
 * Why a chart has nothing to draw, so its empty state can say what to do:
 * wait for the first scrape, give an external cluster its exporter, or widen the range.
 */
export type EmptyReason = 'noDataYet' | 'needsExporter' | 'hostLocalOnly' | 'nothingInRange'

export function emptyReason(
  metric: Pick<MetricInfo, 'hasData' | 'source'>,
  provider: Cluster['provider'] | undefined,
  result: Pick<MetricResult, 'series'>,
): EmptyReason | null {
  if (result.series.some((series) => series.points.length > 0)) return null
  if (metric.hasData) return 'nothingInRange'
  if (provider === 'external' && metric.source === 'exporter') return 'needsExporter'
  if (provider === 'external' && metric.source === 'host') return 'hostLocalOnly'
  return 'noDataYet'
}

/**
 * The newest value of a chart for its summary: each series' last point, combined as the metric combines
 * series (rates add up, latencies take the worst). Null when no series has a point.
 */
export function latestValue(
  series: MetricResult['series'],
  aggregate: MetricInfo['aggregate'],
): number | null {
  const lasts = series.flatMap((s) => {
    const last = s.points.at(-1)
    return last ? [last[1]] : []
  })
  if (lasts.length === 0) return null
  if (aggregate === 'max') return Math.max(...lasts)
  const sum = lasts.reduce((total, value) => total + value, 0)
  return aggregate === 'avg' ? sum / lasts.length : sum
}

const byteSteps = [1, 2, 5, 10, 20, 50, 100, 200, 500]

/**
 * The y-axis step of a byte chart: a round number of KiB, MiB … so the ticks read 100 MiB, 200 MiB rather
 * than echarts' decimal 95.4 MiB, 190.7 MiB. At most five steps up to `max`; none for an empty chart.
 */
export function byteAxisInterval(max: number): number | undefined {
  if (!(max > 0)) return undefined
  const unit = 1024 ** Math.max(0, Math.floor(Math.log(max) / Math.log(1024)))
  const step = byteSteps.find((s) => max / (s * unit) <= 5) ?? 1024
  return step * unit
}
