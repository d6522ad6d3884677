import { describe, expect, it } from 'vitest'
import { keyPartition, murmur2 } from './murmur2.ts'

const bytes = (s: string) => new TextEncoder().encode(s)

describe('murmur2', () => {
  it('gives the values of Kafka’s Java implementation (its UtilsTest)', () => {
    // Expected values from org.apache.kafka.common.utils.UtilsTest#testMurmur2.
    expect(murmur2(bytes('21'))).toBe(-973932308)
    expect(murmur2(bytes('foobar'))).toBe(-790332482)
    expect(murmur2(bytes('a-little-bit-long-string'))).toBe(-985981536)
    expect(murmur2(bytes('a-little-bit-longer-string'))).toBe(-1486304829)
    expect(murmur2(bytes('lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8'))).toBe(-58897971)
    expect(murmur2(new Uint8Array([97, 98, 99]))).toBe(479470107)
  })

  it('picks a partition in range for any key', () => {
    for (const key of ['', 'a', 'order-42', '订单']) {
      const p = keyPartition(bytes(key), 6)
      expect(p).toBeGreaterThanOrEqual(0)
      expect(p).toBeLessThan(6)
    }
  })
})
