import type { KafkaAdmin } from './admin-pool.ts'
import { partitionKey, type TopicMeta } from './topics.ts'

export interface BrokerLogDirs {
  dirs: { path: string; usedBytes: number; totalBytes: number | null }[]
  /** Bytes of each replica the broker holds, by partitionKey, summed over its log dirs. */
  replicas: Map<string, number>
}

/** Every broker's log dirs and the size of each replica in them: one DescribeLogDirs per broker. */
export async function describeLogDirs(
  admin: KafkaAdmin,
  topics: TopicMeta[],
): Promise<Map<number, BrokerLogDirs>> {
  const result = new Map<number, BrokerLogDirs>()
  if (topics.length === 0) return result
  const described = await admin.describeLogDirs({
    topics: topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => p.partition) })),
  })
  for (const { broker, results } of described) {
    const replicas = new Map<string, number>()
    const dirs = results.map((dir) => {
      let usedBytes = 0
      for (const topic of dir.topics) {
        for (const p of topic.partitions) {
          const size = Number(p.partitionSize)
          const key = partitionKey(topic.name, p.partitionIndex)
          replicas.set(key, (replicas.get(key) ?? 0) + size)
          usedBytes += size
        }
      }
      // -1 when the broker cannot tell (older brokers, some file systems).
      return { path: dir.logDir, usedBytes, totalBytes: dir.totalBytes >= 0n ? Number(dir.totalBytes) : null }
    })
    result.set(broker, { dirs, replicas })
  }
  return result
}
