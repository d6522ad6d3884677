import { describe, expect, it } from 'vitest'
import { firstOffsetOnDisk, type PartitionUsage, planWatermark } from './watermark-plan.ts'

const KB = 1024
const policy = { diskUsedThresholdPercent: 75, logMinRetentionMs: 3_600_000, logMinRetentionBytes: 0 }

/** A partition of `records` records of 1 KB from offset `from`, all older than the minimum retention time. */
const partition = (topic: string, records: number, more: Partial<PartitionUsage> = {}): PartitionUsage => {
  const from = more.earliestOffset ?? 0
  return {
    topic,
    partition: 0,
    sizeBytes: records * KB,
    earliestOffset: from,
    latestOffset: from + records,
    retainFromOffset: from + records,
    deletable: true,
    ...more,
  }
}
const node = (nodeId: number, capacityKb: number, partitions: PartitionUsage[]) => ({
  nodeId,
  capacityBytes: capacityKb * KB,
  partitions,
})
const offsets = (plan: ReturnType<typeof planWatermark>) =>
  Object.fromEntries((plan?.deletions ?? []).map((d) => [`${d.topic}-${d.partition}`, d.offset]))

describe('planWatermark', () => {
  it('plans nothing while every node is under its threshold', () => {
    expect(planWatermark([node(1, 1000, [partition('orders', 700)])], policy)).toBeNull()
    expect(planWatermark([node(1, 1000, [partition('orders', 750)])], policy)).toBeNull()
  })

  it('deletes the excess from each partition in proportion to its size', () => {
    // 1000 KB used of 1000 KB, threshold 750 KB: 250 KB go, 3:1 like the partitions.
    const plan = planWatermark([node(1, 1000, [partition('orders', 750), partition('logs', 250)])], policy)
    expect(offsets(plan)).toEqual({ 'orders-0': 188, 'logs-0': 63 })
    expect(plan?.deletions.map((d) => d.bytes)).toEqual([63 * KB, 188 * KB])
    expect(plan?.nodes).toEqual([
      {
        nodeId: 1,
        capacityBytes: 1000 * KB,
        thresholdBytes: 750 * KB,
        usedBytes: 1000 * KB,
        expectedUsedBytes: 749 * KB,
        staysAbove: false,
      },
    ])
  })

  it('moves the log start forward from where it is, at the average record size', () => {
    // 400 records of 2 KB starting at offset 1000: 50 KB over the threshold is 25 records.
    const logs = partition('logs', 400, { earliestOffset: 1000, sizeBytes: 800 * KB })
    expect(offsets(planWatermark([node(1, 1000, [logs])], policy))).toEqual({ 'logs-0': 1025 })
  })

  it('keeps the minimum bytes of each partition and takes the rest from the others', () => {
    const plan = planWatermark([node(1, 1000, [partition('orders', 750), partition('logs', 250)])], {
      ...policy,
      logMinRetentionBytes: 200 * KB,
    })
    // logs may give only 50 KB of its 62.5 KB share; orders gives the other 200 KB.
    expect(offsets(plan)).toEqual({ 'orders-0': 200, 'logs-0': 50 })
    expect(plan?.nodes[0]?.staysAbove).toBe(false)
  })

  it('keeps every record newer than the minimum retention time', () => {
    const logs = partition('logs', 250, { retainFromOffset: 10 })
    const plan = planWatermark([node(1, 1000, [partition('orders', 750), logs])], policy)
    expect(offsets(plan)).toEqual({ 'orders-0': 240, 'logs-0': 10 })
  })

  it('counts the bytes of empty, internal or compacted partitions, and of unknown age, but leaves them be', () => {
    const plan = planWatermark(
      [
        node(1, 1000, [
          partition('orders', 500),
          partition('__consumer_offsets', 200, { deletable: false }),
          partition('empty', 0, { earliestOffset: 42, sizeBytes: 100 * KB }),
          partition('unknown', 200, { retainFromOffset: null }),
        ]),
      ],
      policy,
    )
    expect(offsets(plan)).toEqual({ 'orders-0': 250 })
  })

  it('deletes what the minimums allow and says the node stays above when that is not enough', () => {
    const plan = planWatermark(
      [node(1, 1000, [partition('orders', 750, { retainFromOffset: 100 }), partition('logs', 250)])],
      { ...policy, logMinRetentionBytes: 200 * KB },
    )
    expect(offsets(plan)).toEqual({ 'orders-0': 100, 'logs-0': 50 })
    expect(plan?.nodes[0]).toMatchObject({ expectedUsedBytes: 850 * KB, staysAbove: true })

    const nothing = planWatermark(
      [node(1, 1000, [partition('orders', 1000, { retainFromOffset: 0 })])],
      policy,
    )
    expect(nothing).toEqual({
      nodes: [expect.objectContaining({ nodeId: 1, expectedUsedBytes: 1000 * KB, staysAbove: true })],
      deletions: [],
    })
  })

  it('deletes a replicated partition as far as the fullest of its nodes needs', () => {
    const plan = planWatermark(
      [
        node(1, 1000, [partition('orders', 800)]),
        node(2, 1000, [partition('orders', 800), partition('logs', 200)]),
      ],
      policy,
    )
    // Node 1 needs 50 orders records gone; node 2 needs 250 KB, 200 of them from orders.
    expect(offsets(plan)).toEqual({ 'orders-0': 200, 'logs-0': 50 })
    expect(plan?.nodes.map((n) => [n.nodeId, n.expectedUsedBytes / KB])).toEqual([
      [1, 600],
      [2, 750],
    ])
  })

  it('counts records deleted earlier but still on disk as freed, so it does not delete again', () => {
    // The log start moved from 0 to 250 but Kafka has not removed the segment yet: 1000 KB are on disk.
    const orders = partition('orders', 750, {
      earliestOffset: 250,
      sizeBytes: 1000 * KB,
      firstOffsetOnDisk: 0,
    })
    expect(planWatermark([node(1, 1000, [orders])], policy)).toBeNull()
  })
})

describe('firstOffsetOnDisk', () => {
  const memory = { firstOffset: 0, recordBytes: KB }

  it('stays where the files started until Kafka removes segments, whatever is written meanwhile', () => {
    expect(firstOffsetOnDisk(memory, { sizeBytes: 1000 * KB, earliestOffset: 250, latestOffset: 1000 })).toBe(
      0,
    )
    expect(firstOffsetOnDisk(memory, { sizeBytes: 1500 * KB, earliestOffset: 250, latestOffset: 1500 })).toBe(
      0,
    )
  })

  it('follows removed segments, up to the log start', () => {
    expect(firstOffsetOnDisk(memory, { sizeBytes: 900 * KB, earliestOffset: 250, latestOffset: 1000 })).toBe(
      100,
    )
    expect(firstOffsetOnDisk(memory, { sizeBytes: 700 * KB, earliestOffset: 250, latestOffset: 1000 })).toBe(
      250,
    )
  })
})
