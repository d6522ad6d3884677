import {
  type MetricLabel,
  MetricLabelSchema,
  type MetricQuery,
  type MetricResult,
  metricDefinition,
} from '../../../contract/metrics.ts'
import { ApiError } from '../../http/api-error.ts'
import type {
  MetricSamplesRepository,
  Resolution,
  SeriesLabels,
} from '../../store/metric-samples-repository.ts'
import { KEEPS_TOPIC } from './exporter-metrics.ts'

/** How long each resolution is kept (FERRY_METRICS_RAW_HOURS, _MINUTE_DAYS, _HOUR_DAYS). */
export interface MetricRetention {
  rawHours: number
  minuteDays: number
  hourDays: number
}

export const DEFAULT_RETENTION: MetricRetention = { rawHours: 24, minuteDays: 7, hourDays: 90 }

const HOUR = 3_600_000
const DAY = 24 * HOUR

export function retentionMs(retention: MetricRetention): Record<Resolution, number> {
  return {
    raw: retention.rawHours * HOUR,
    '1m': retention.minuteDays * DAY,
    '1h': retention.hourDays * DAY,
  }
}

/**
 * The finest stored resolution that still holds the whole range and that the step does not make pointless:
 * raw samples for a step under a minute, 1-minute rollups for a step under an hour, else 1-hour rollups.
 */
export function chooseResolution(
  query: Pick<MetricQuery, 'start' | 'step'>,
  now: number,
  retention: MetricRetention,
): Resolution {
  const kept = retentionMs(retention)
  if (query.step < 60 && query.start >= now - kept.raw) return 'raw'
  if (query.step < 3600 && query.start >= now - kept['1m']) return '1m'
  return '1h'
}

const FILTERS = MetricLabelSchema.options

/**
 * One metric of a cluster over a range, as the contract's MetricResult. Without groupBy, every series that
 * matches the filters combines into one (always present, maybe without points); with it, one series per
 * value of that label (none without data). Asking for a label the metric does not have is a 400, rather
 * than a silently unfiltered answer.
 */
export async function queryMetric(
  samples: MetricSamplesRepository,
  clusterId: string,
  metricName: string,
  query: MetricQuery,
  { now = Date.now(), retention = DEFAULT_RETENTION }: { now?: number; retention?: MetricRetention } = {},
): Promise<MetricResult> {
  const definition = metricDefinition(metricName)
  if (!definition)
    throw new ApiError('ERROR_PARAMS', `No metric named ${metricName}.`, { metricName: 'Unknown metric.' })
  const filters: SeriesLabels = {}
  const unknown: Record<string, string> = {}
  const has = (label: MetricLabel) => definition.labels.includes(label)
  for (const label of FILTERS) {
    const value = query[label]
    if (value === undefined) continue
    if (has(label)) filters[label] = value
    else unknown[label] = `${metricName} has no ${label} label.`
  }
  if (query.groupBy && !has(query.groupBy)) unknown.groupBy = `${metricName} has no ${query.groupBy} label.`
  if (Object.keys(unknown).length > 0) {
    const labels = definition.labels.length > 0 ? definition.labels.join(', ') : 'none'
    throw new ApiError(
      'ERROR_PARAMS',
      `${metricName} cannot be filtered or grouped that way; its labels: ${labels}.`,
      unknown,
    )
  }
  const resolution = chooseResolution(query, now, retention)
  // The exporter gives these metrics broker-wide and per topic (see KEEPS_TOPIC): a question about topics
  // reads the per-topic series only, any other the broker-wide ones only, so no byte is counted twice.
  const aboutTopics = query.topic !== undefined || query.groupBy === 'topic'
  const buckets = await samples.buckets({
    clusterId,
    metric: metricName,
    resolution,
    start: query.start,
    end: query.end,
    stepMs: query.step * 1000,
    filters,
    withTopic: KEEPS_TOPIC.has(metricName) ? aboutTopics : undefined,
    aggregate: definition.aggregate,
    groupBy: query.groupBy,
  })
  const series = new Map<string | null, [number, number][]>()
  if (!query.groupBy) series.set(null, [])
  for (const b of buckets) {
    const points = series.get(b.group) ?? []
    points.push([b.ts, b.value])
    series.set(b.group, points)
  }
  return {
    metric: metricName,
    unit: definition.unit,
    step: query.step,
    resolution,
    series: [...series].map(([group, points]) => ({
      labels: query.groupBy && group !== null ? { [query.groupBy]: group } : {},
      points,
    })),
  }
}
