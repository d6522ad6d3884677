import { describe, expect, it } from 'vitest'
import { ListTopicsQuerySchema, type TopicSummary } from '../../../contract/topics.ts'
import { pageTopics } from './topic-list.ts'
import { topicSummary as topic } from './topic-summary.fixture.ts'

const query = (q: Record<string, string>) => ListTopicsQuerySchema.parse(q)

const all = [
  topic('orders', { partitionNum: 12, messageNum: 500 }),
  topic('payments', { partitionNum: 3, messageNum: null }),
  topic('orders.dlq', { partitionNum: 1, messageNum: 7, retentionMs: -1 }),
  topic('__consumer_offsets', { internal: true, partitionNum: 50 }),
  topic('audit', { partitionNum: 3, messageNum: 90 }),
]

const names = (page: { topics: TopicSummary[] }) => page.topics.map((t) => t.topicName)

describe('pageTopics', () => {
  it('hides internal topics unless asked, and sorts by name by default', () => {
    expect(names(pageTopics(all, query({})))).toEqual(['audit', 'orders', 'orders.dlq', 'payments'])
    expect(pageTopics(all, query({ includeInternal: 'true' })).total).toBe(5)
  })

  it('filters by a case-insensitive substring', () => {
    expect(names(pageTopics(all, query({ topicName: 'ORDER' })))).toEqual(['orders', 'orders.dlq'])
  })

  it('sorts numbers both ways, ties by name, unknown values last', () => {
    expect(names(pageTopics(all, query({ sortBy: 'partitionNum', order: 'desc' })))).toEqual([
      'orders',
      'audit',
      'payments',
      'orders.dlq',
    ])
    expect(names(pageTopics(all, query({ sortBy: 'messageNum', order: 'asc' })))).toEqual([
      'orders.dlq',
      'audit',
      'orders',
      'payments',
    ])
    expect(names(pageTopics(all, query({ sortBy: 'messageNum', order: 'desc' }))).at(-1)).toBe('payments')
  })

  it('sorts infinite retention (-1) as the longest', () => {
    expect(names(pageTopics(all, query({ sortBy: 'retentionMs', order: 'desc' })))[0]).toBe('orders.dlq')
  })

  it('cuts pages and reports the total', () => {
    const second = pageTopics(all, query({ pageNo: '2', pageSize: '3' }))
    expect(names(second)).toEqual(['payments'])
    expect(second.total).toBe(4)
  })

  it('finds names that collide once "." and "_" are equal', () => {
    expect(names(pageTopics(all, query({ similarTo: 'orders_dlq' })))).toEqual(['orders.dlq'])
    expect(pageTopics(all, query({ similarTo: 'orders-dlq' })).total).toBe(0)
  })
})
