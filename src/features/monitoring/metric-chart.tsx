import { useQuery } from '@tanstack/react-query'
import { Button, Card, Empty, Skeleton, Typography } from 'antd'
import type { TFunction } from 'i18next'
import { type ReactNode, useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cluster } from '../../../contract/clusters.ts'
import type { MetricName } from '../../../contract/metrics.ts'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { formatMetricValue, unitSymbol } from '../../shared/format-metric.ts'
import { visuallyHidden } from '../../shared/visually-hidden.ts'
import { metricSeriesQuery } from './api.ts'
import { byteAxisInterval, emptyReason, latestValue } from './chart-state.ts'
import { LineChart, type LineSeries } from './line-chart.tsx'
import { chartFilters, type MetricInfo, type Picks, type SubView } from './views.ts'

/** What a per-second rate counts, where the unit alone does not say. */
const rateNouns: Partial<Record<string, 'msg' | 'req'>> = {
  messages_in: 'msg',
  partition_messages_in: 'msg',
  group_consume_rate: 'msg',
  produce_requests: 'req',
  fetch_requests: 'req',
}

export function useMetricFormat(metric: MetricInfo): (value: number) => string {
  const { t } = useTranslation()
  const noun = rateNouns[metric.name]
  const nounText = noun ? t(`monitoring.rateNouns.${noun}`) : undefined
  return useCallback(
    (value: number) => formatMetricValue(value, metric.unit, nounText),
    [metric.unit, nounText],
  )
}

export function metricLabel(t: TFunction, name: string): string {
  return t(`monitoring.metrics.${name as MetricName}`, { defaultValue: name })
}

function seriesName(t: TFunction, labels: Record<string, string>, fallback: string): string {
  const parts = Object.entries(labels).map(([label, value]) => {
    if (label === 'node') return t('monitoring.nodeSeries', { id: value })
    if (label === 'partition') return t('monitoring.partitionSeries', { id: value })
    return value
  })
  return parts.length > 0 ? parts.join(' · ') : fallback
}

function axisOf(unit: MetricInfo['unit'], series: LineSeries[]) {
  if (unit === 'count') return { minInterval: 1 }
  if (unit !== 'bytes' && unit !== 'bytesPerSecond') return undefined
  const max = Math.max(0, ...series.flatMap((s) => s.points.map(([, value]) => value)))
  return { interval: byteAxisInterval(max) }
}

/**
 * One metric of a monitoring view over the page's range: a line per series, or an empty state that says why
 * there is nothing to draw. A visually hidden summary says what the canvas shows.
 */
export function MetricChart({
  clusterId,
  metric,
  view,
  picks,
  window,
  provider,
  group,
  onSetSources,
}: {
  clusterId: string
  metric: MetricInfo
  view: SubView
  picks: Picks
  window: { start: number; end: number; step: number }
  provider: Cluster['provider'] | undefined
  /** The echarts group whose charts share a crosshair. */
  group: string
  /** Opens the metric sources form of an external cluster. */
  onSetSources?: () => void
}) {
  const { t } = useTranslation()
  const label = metricLabel(t, metric.name)
  const format = useMetricFormat(metric)
  const query = { ...window, ...chartFilters(view, metric, picks) }
  const result = useQuery(metricSeriesQuery(clusterId, metric.name as MetricName, query))

  const series = useMemo<LineSeries[]>(
    () =>
      (result.data?.series ?? []).map((s) => ({ name: seriesName(t, s.labels, label), points: s.points })),
    [result.data, t, label],
  )
  const axis = useMemo(() => axisOf(metric.unit, series), [metric.unit, series])
  const latest = result.data ? latestValue(result.data.series, metric.aggregate) : null
  const reason = result.data ? emptyReason(metric, provider, result.data) : null
  const summary =
    latest === null
      ? t('monitoring.summaryNone', { label })
      : t('monitoring.summary', { label, count: series.length, latest: format(latest) })

  let body: ReactNode
  if (result.isError) body = <ErrorAlert error={result.error} onRetry={() => result.refetch()} />
  else if (result.isPending) body = <Skeleton active paragraph={{ rows: 4 }} title={false} />
  else if (reason)
    body = (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        style={{ height: 188, margin: 0, paddingTop: 24 }}
        description={<span data-empty-reason={reason}>{t(`monitoring.empty.${reason}`)}</span>}
      >
        {reason === 'needsExporter' && onSetSources && (
          <Button size="small" onClick={onSetSources}>
            {t('monitoring.sources.open')}
          </Button>
        )}
      </Empty>
    )
  else
    body = (
      <LineChart
        series={series}
        start={query.start}
        end={query.end}
        format={format}
        axis={axis}
        group={group}
      />
    )

  const unit = unitSymbol(metric.unit)
  return (
    <Card
      size="small"
      title={label}
      extra={unit && <Typography.Text type="secondary">{unit}</Typography.Text>}
    >
      <figure aria-label={label} style={{ margin: 0 }}>
        {body}
        <figcaption style={visuallyHidden}>{summary}</figcaption>
      </figure>
    </Card>
  )
}
