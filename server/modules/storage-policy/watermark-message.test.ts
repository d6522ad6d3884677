import { describe, expect, it } from 'vitest'
import { exceededMessage, formatDuration, formatSize } from './watermark-message.ts'

const GB = 1024 ** 3
const policy = {
  diskUsedThresholdPercent: 75,
  logMinRetentionMs: 7 * 86_400_000,
  logMinRetentionBytes: 1024 ** 2,
}
const node = (nodeId: number, usedGb: number, staysAbove = false) => ({
  nodeId,
  capacityBytes: 10 * GB,
  thresholdBytes: 7.5 * GB,
  usedBytes: usedGb * GB,
  expectedUsedBytes: 7 * GB,
  staysAbove,
})
const deletion = (topic: string, partition: number, gb: number) => ({
  topic,
  partition,
  offset: 1,
  bytes: gb * GB,
})

describe('exceededMessage', () => {
  it('says what was over, what went and from which topics', () => {
    const deletions = [deletion('orders', 0, 0.5), deletion('orders', 1, 0.4), deletion('logs', 0, 0.4)]
    expect(exceededMessage({ nodes: [node(2, 8.1)], deletions }, policy)).toBe(
      'Node 2 used 81% of its 10 GB budget (threshold 75%): deleted the oldest records of 3 partitions of ' +
        '2 topics, about 1.3 GB (orders 922 MB, logs 410 MB).',
    )
  })

  it('names the nodes the minimum retention keeps above the threshold', () => {
    const nodes = [node(1, 9, true), node(2, 8)]
    expect(exceededMessage({ nodes, deletions: [deletion('orders', 0, 1)] }, policy)).toBe(
      'Node 1 used 90%, node 2 used 80% of their 10 GB budget each (threshold 75%): deleted the oldest records ' +
        'of 1 partition of 1 topic, about 1 GB (orders 1 GB). Because of the minimum retention (the last 7 days, ' +
        'and 1 MB per partition), node 1 stays above the threshold.',
    )
    expect(exceededMessage({ nodes: [node(1, 9, true)], deletions: [] }, policy)).toBe(
      'Node 1 used 90% of its 10 GB budget (threshold 75%): nothing could be deleted without going below the ' +
        'minimum retention (the last 7 days, and 1 MB per partition), so node 1 stays above the threshold.',
    )
  })
})

describe('formats', () => {
  it('writes sizes in 1024-byte units and durations in whole units', () => {
    expect([0, 1536, 250 * 1024 ** 2, 10 * GB].map(formatSize)).toEqual([
      '0 bytes',
      '1.5 KB',
      '250 MB',
      '10 GB',
    ])
    expect([86_400_000, 3_600_000, 5_400_000, 61_000].map(formatDuration)).toEqual([
      '1 day',
      '1 hour',
      '90 minutes',
      '61 seconds',
    ])
  })
})
