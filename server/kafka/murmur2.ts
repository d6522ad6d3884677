/**
 * Kafka's murmur2 (org.apache.kafka.common.utils.Utils.murmur2), which its default partitioner applies to a
 * record's key bytes: partition = toPositive(murmur2(key)) % partitions.
 */
export function murmur2(data: Uint8Array): number {
  const length = data.length
  const seed = 0x9747b28c
  const m = 0x5bd1e995
  const r = 24
  let h = (seed ^ length) | 0
  const length4 = length >>> 2
  for (let i = 0; i < length4; i++) {
    const i4 = i * 4
    let k =
      (data[i4] ?? 0) | ((data[i4 + 1] ?? 0) << 8) | ((data[i4 + 2] ?? 0) << 16) | ((data[i4 + 3] ?? 0) << 24)
    k = Math.imul(k, m)
    k ^= k >>> r
    k = Math.imul(k, m)
    h = Math.imul(h, m)
    h ^= k
  }
  const tail = length4 * 4
  // The last 1–3 bytes, as Kafka's Java switch with fall-through mixes them.
  const rest = length % 4
  if (rest === 3) h ^= (data[tail + 2] ?? 0) << 16
  if (rest >= 2) h ^= (data[tail + 1] ?? 0) << 8
  if (rest >= 1) {
    h ^= data[tail] ?? 0
    h = Math.imul(h, m)
  }
  h ^= h >>> 13
  h = Math.imul(h, m)
  h ^= h >>> 15
  return h | 0
}

/** The partition Kafka's default partitioner gives a keyed record. */
export function keyPartition(key: Uint8Array, partitions: number): number {
  return (murmur2(key) & 0x7fffffff) % partitions
}
