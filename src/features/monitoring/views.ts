import type { z } from 'zod'
import type { MetricInfoSchema, MetricLabel, MetricQuery, MetricView } from '../../../contract/metrics.ts'

export type MetricInfo = z.infer<typeof MetricInfoSchema>

/** The four dimensions of 集群监控 and their sub-views (§11.1). */
export const TABS = {
  cluster: ['overview'],
  node: ['service', 'host'],
  topic: ['basic', 'byNode', 'nodeByTopic'],
  group: ['basic', 'byTopic', 'byPartition'],
} as const
export type Tab = keyof typeof TABS
export type SubView = { [T in Tab]: `${T}.${(typeof TABS)[T][number]}` }[Tab]

/** What the reader picks on a sub-view before its charts can be drawn. */
export type PickLabel = 'node' | 'topic' | 'group'
export type Picks = Partial<Record<PickLabel, string>>

interface SubViewSpec {
  metricView: MetricView
  picks: PickLabel[]
  /** One series per value of this label. */
  groupBy?: MetricLabel
  /** Metrics drawn per node on an otherwise combined view. */
  perNode?: string[]
}

export const SUB_VIEWS: Record<SubView, SubViewSpec> = {
  'cluster.overview': {
    metricView: 'cluster',
    picks: [],
    perNode: ['active_controller', 'partitions', 'leaders', 'disk_used'],
  },
  'node.service': { metricView: 'nodeService', picks: ['node'] },
  'node.host': { metricView: 'nodeHost', picks: ['node'] },
  'topic.basic': { metricView: 'topic', picks: ['topic'] },
  'topic.byNode': { metricView: 'topic', picks: ['topic'], groupBy: 'node' },
  'topic.nodeByTopic': { metricView: 'topic', picks: ['node'], groupBy: 'topic' },
  'group.basic': { metricView: 'group', picks: ['group'] },
  'group.byTopic': { metricView: 'group', picks: ['group'], groupBy: 'topic' },
  // Partition numbers repeat across topics, so this breakdown is of one topic of the group.
  'group.byPartition': { metricView: 'group', picks: ['group', 'topic'], groupBy: 'partition' },
}

export function subViewOf(tab: Tab, sub: string | null): SubView {
  const subs: readonly string[] = TABS[tab]
  return `${tab}.${sub && subs.includes(sub) ? sub : subs[0]}` as SubView
}

/**
 * Whether a sub-view can draw a metric: the metric must carry the labels picked and the one broken down by.
 * A metric without labels (the machine's CPU, the topic count) stands for the whole and is always drawn.
 */
export function drawsMetric(view: SubView, metric: MetricInfo): boolean {
  const spec = SUB_VIEWS[view]
  if (!metric.views.includes(spec.metricView)) return false
  if (metric.labels.length === 0) return spec.groupBy === undefined
  const needed = spec.groupBy ? [...spec.picks, spec.groupBy] : spec.picks
  return needed.every((label) => metric.labels.includes(label))
}

/** The metrics 指标筛选 offers on a sub-view, in catalogue order. */
export function metricsOfView(view: SubView, metrics: MetricInfo[]): MetricInfo[] {
  return metrics.filter((metric) => drawsMetric(view, metric))
}

export function defaultSelection(view: SubView, metrics: MetricInfo[]): string[] {
  return metricsOfView(view, metrics)
    .filter((metric) => metric.byDefault)
    .map((metric) => metric.name)
}

/** The filters and breakdown of one chart; the range is added by the chart. */
export function chartFilters(
  view: SubView,
  metric: MetricInfo,
  picks: Picks,
): Omit<MetricQuery, 'start' | 'end' | 'step'> {
  const spec = SUB_VIEWS[view]
  const filters: Omit<MetricQuery, 'start' | 'end' | 'step'> = {}
  for (const label of spec.picks) {
    const value = picks[label]
    if (value !== undefined && metric.labels.includes(label)) filters[label] = value
  }
  const groupBy = spec.groupBy ?? (spec.perNode?.includes(metric.name) ? 'node' : undefined)
  if (groupBy && metric.labels.includes(groupBy)) filters.groupBy = groupBy
  return filters
}

/** Whether every pick the sub-view needs is made. */
export function picksComplete(view: SubView, picks: Picks): boolean {
  return SUB_VIEWS[view].picks.every((label) => picks[label] !== undefined)
}
