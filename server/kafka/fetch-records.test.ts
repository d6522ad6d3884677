import { describe, expect, it } from 'vitest'
import { decodeBatches } from './fetch-records.ts'

const record = (offsetDelta: number, timestampDelta: bigint, value: string) => ({
  length: 0,
  attributes: 0,
  offsetDelta,
  timestampDelta,
  key: Buffer.from('k'),
  value: Buffer.from(value),
  headers: [[Buffer.from('h'), Buffer.from('v')]] as [Buffer, Buffer][],
})

const batch = (firstOffset: bigint, attributes: number, records: ReturnType<typeof record>[]) => ({
  firstOffset,
  lastOffsetDelta: records.length - 1,
  attributes,
  firstTimestamp: 1_000n,
  maxTimestamp: 9_000n,
  records,
})

describe('decodeBatches', () => {
  it('starts at the asked offset inside a batch that begins before it', () => {
    const { records, nextOffset } = decodeBatches(
      [batch(10n, 0, [record(0, 0n, 'a'), record(1, 50n, 'b'), record(2, 90n, 'c')])],
      11n,
    )
    expect(records.map((r) => [r.offset, r.timestamp, r.value?.toString()])).toEqual([
      [11, 1_050, 'b'],
      [12, 1_090, 'c'],
    ])
    expect(records[0]?.size).toBe(4)
    expect(nextOffset).toBe(13)
  })

  it('uses the broker’s time for LogAppendTime batches, and skips transaction markers but moves past them', () => {
    const { records, nextOffset } = decodeBatches(
      [batch(0n, 0x08, [record(0, 5n, 'a')]), batch(1n, 0x20, [record(0, 0n, 'marker')])],
      0n,
    )
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({ timestamp: 9_000, timestampType: 'LogAppendTime' })
    expect(nextOffset).toBe(2)
  })

  it('has no next offset when nothing came back', () => {
    expect(decodeBatches([], 5n)).toEqual({ records: [], nextOffset: null })
  })
})
