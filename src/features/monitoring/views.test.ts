import { describe, expect, it } from 'vitest'
import { METRICS } from '../../../contract/metrics.ts'
import { chartFilters, defaultSelection, type MetricInfo, metricsOfView, subViewOf } from './views.ts'

const catalogue: MetricInfo[] = METRICS.map((m) => ({
  ...m,
  labels: [...m.labels],
  views: [...m.views],
  hasData: true,
}))
const byName = (name: string) => catalogue.find((m) => m.name === name) as MetricInfo
const names = (metrics: MetricInfo[]) => metrics.map((m) => m.name)

describe('monitoring views', () => {
  it('reads the sub-view from the URL, falling back to the first', () => {
    expect(subViewOf('topic', 'byNode')).toBe('topic.byNode')
    expect(subViewOf('topic', 'byPartition')).toBe('topic.basic')
    expect(subViewOf('cluster', null)).toBe('cluster.overview')
  })

  it('checks the catalogue’s default metrics of a view, not the others', () => {
    const selected = defaultSelection('cluster.overview', catalogue)
    expect(selected).toContain('bytes_in')
    expect(selected).toContain('topics')
    expect(selected).not.toContain('partition_bytes_in')
    expect(names(metricsOfView('cluster.overview', catalogue))).toContain('partition_bytes_in')
  })

  it('offers a breakdown only of metrics carrying its label', () => {
    expect(names(metricsOfView('topic.basic', catalogue))).toContain('topic_size')
    expect(names(metricsOfView('topic.byNode', catalogue))).not.toContain('topic_size')
    expect(names(metricsOfView('topic.nodeByTopic', catalogue))).toEqual([
      'bytes_in',
      'bytes_out',
      'messages_in',
      'partition_messages_in',
      'partition_bytes_in',
    ])
  })

  it('shows the machine’s metrics on a node’s host view, without a node filter', () => {
    expect(names(metricsOfView('node.host', catalogue))).toEqual([
      'process_cpu',
      'process_memory',
      'host_cpu',
      'host_memory',
      'host_disk',
      'disk_used',
    ])
    expect(chartFilters('node.host', byName('host_cpu'), { node: '1' })).toEqual({})
    expect(chartFilters('node.host', byName('process_cpu'), { node: '1' })).toEqual({ node: '1' })
  })

  it('filters by the picks and breaks down by the view’s label', () => {
    expect(chartFilters('topic.byNode', byName('bytes_in'), { topic: 'orders' })).toEqual({
      topic: 'orders',
      groupBy: 'node',
    })
    expect(chartFilters('group.byPartition', byName('group_lag'), { group: 'g', topic: 't' })).toEqual({
      group: 'g',
      topic: 't',
      groupBy: 'partition',
    })
  })

  it('draws the controller, partitions, leaders and disk per node on the cluster view, the rest combined', () => {
    expect(chartFilters('cluster.overview', byName('leaders'), {})).toEqual({ groupBy: 'node' })
    expect(chartFilters('cluster.overview', byName('disk_used'), {})).toEqual({ groupBy: 'node' })
    expect(chartFilters('cluster.overview', byName('bytes_in'), {})).toEqual({})
  })
})
