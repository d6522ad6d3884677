import type { KafkaAdmin } from './admin-pool.ts'
import { readTopics } from './topics.ts'

export interface BrokerUsage {
  nodeId: number
  /** Replicas hosted, and how many of them lead. */
  partitions: number
  leaders: number
  logDirs: { path: string; usedBytes: number; totalBytes: number | null; usableBytes: number | null }[]
}

/** Partitions, leaders and disk per broker, from one metadata read of every topic and one log-dir query. */
export async function brokerUsage(admin: KafkaAdmin): Promise<Map<number, BrokerUsage>> {
  // Internal topics included: __consumer_offsets alone is 50 partitions of every broker's load.
  const { brokers, topics } = await readTopics(admin)
  const usage = new Map<number, BrokerUsage>()
  for (const nodeId of brokers) usage.set(nodeId, { nodeId, partitions: 0, leaders: 0, logDirs: [] })
  const wanted: { name: string; partitions: number[] }[] = []
  for (const topic of topics) {
    wanted.push({ name: topic.name, partitions: topic.partitions.map((p) => p.partition) })
    for (const partition of topic.partitions) {
      for (const replica of partition.replicas) {
        const broker = usage.get(replica)
        if (broker) broker.partitions++
      }
      const leader = usage.get(partition.leader)
      if (leader) leader.leaders++
    }
  }
  const dirs = await admin.describeLogDirs({ topics: wanted })
  for (const { broker, results } of dirs) {
    const entry = usage.get(broker)
    if (!entry) continue
    entry.logDirs = results.map((dir) => ({
      path: dir.logDir,
      usedBytes: dir.topics.reduce(
        (sum, t) => sum + t.partitions.reduce((s, p) => s + Number(p.partitionSize), 0),
        0,
      ),
      // -1 when the broker cannot tell (older brokers, some file systems).
      totalBytes: dir.totalBytes >= 0n ? Number(dir.totalBytes) : null,
      usableBytes: dir.usableBytes >= 0n ? Number(dir.usableBytes) : null,
    }))
  }
  return usage
}
