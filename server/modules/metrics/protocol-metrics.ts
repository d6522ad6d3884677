import type { KafkaAdmin } from '../../kafka/admin-pool.ts'
import { committedOffsets, listGroupNames, type TopicPartitionOffset } from '../../kafka/consumer-groups.ts'
import { type BrokerLogDirs, describeLogDirs } from '../../kafka/log-dirs.ts'
import { listOffsets, OffsetSpec, partitionKey, readTopics, type TopicMeta } from '../../kafka/topics.ts'
import type { MetricReading } from '../../store/metric-samples-repository.ts'
import { OffsetHistory } from './offset-history.ts'

/** What one round reads of a cluster through the Kafka protocol. */
export interface ProtocolSnapshot {
  timeMs: number
  brokers: number[]
  topics: TopicMeta[]
  /** Log end offset by partitionKey; partitions whose leader did not answer are absent. */
  ends: Map<string, number>
  logDirs: Map<number, BrokerLogDirs> | null
  committed: Map<string, TopicPartitionOffset[]> | null
}

/**
 * One round's reads, in a fixed number of requests whatever the topic and group count: one metadata read,
 * one ListOffsets per leader, one DescribeLogDirs and one ListGroups per broker, one FindCoordinator and one
 * OffsetFetch per coordinator. Log dirs and groups are best effort: without them the round still gives the
 * rest.
 */
export async function readProtocolSnapshot(admin: KafkaAdmin): Promise<ProtocolSnapshot> {
  const { brokers, topics } = await readTopics(admin)
  let timeMs = 0
  const [ends, logDirs, committed] = await Promise.all([
    // Rates are offsets over time: the time is when the offsets came, not when the slower reads did.
    listOffsets(admin, topics, OffsetSpec.latest).then((listed) => {
      timeMs = Date.now()
      return listed
    }),
    describeLogDirs(admin, topics).catch(() => null),
    listGroupNames(admin)
      .then((groups) => committedOffsets(admin, groups))
      .catch(() => null),
  ])
  return {
    timeMs,
    brokers,
    topics,
    ends: new Map([...ends].map(([key, listed]) => [key, listed.offset])),
    logDirs,
    committed,
  }
}

const perSecond = (delta: number, ms: number) => (delta * 1000) / ms

/**
 * Turns a cluster's snapshots into readings, keeping what the next round needs: each partition's end and
 * leader size, each group's committed offsets, and the history of log end offsets that time lag comes from.
 */
export class ProtocolMetrics {
  #previous = new Map<string, { end: number; size: number | null; timeMs: number }>()
  #committed = new Map<string, { offset: number; timeMs: number }>()
  readonly #history = new OffsetHistory()

  derive(snap: ProtocolSnapshot): MetricReading[] {
    const readings: MetricReading[] = []
    const add = (metric: MetricReading['metric'], labels: MetricReading['labels'], value: number) =>
      readings.push({ metric, labels, value })
    const perNode = new Map(snap.brokers.map((id) => [id, { partitions: 0, leaders: 0, underReplicated: 0 }]))
    const topicSizes = new Map<string, number>()
    const current = new Map<string, { end: number; size: number | null; timeMs: number }>()

    add('topics', {}, snap.topics.length)
    for (const topic of snap.topics) {
      for (const p of topic.partitions) {
        for (const replica of p.replicas) {
          const node = perNode.get(replica)
          if (node) node.partitions++
        }
        const leader = perNode.get(p.leader)
        if (leader) {
          leader.leaders++
          // Counted where Kafka's own UnderReplicatedPartitions is: on the leader.
          if (p.isr.length < p.replicas.length) leader.underReplicated++
        }
        const key = partitionKey(topic.name, p.partition)
        for (const dirs of snap.logDirs?.values() ?? [])
          topicSizes.set(topic.name, (topicSizes.get(topic.name) ?? 0) + (dirs.replicas.get(key) ?? 0))
        const end = snap.ends.get(key)
        // Internal topics are left out: the coordinators write them, not producers, as the exporter's
        // MessagesInPerSec leaves them out too.
        if (end === undefined || topic.internal) continue
        const size = snap.logDirs?.get(p.leader)?.replicas.get(key) ?? null
        current.set(key, { end, size, timeMs: snap.timeMs })
        const before = this.#previous.get(key)
        if (!before || snap.timeMs <= before.timeMs) continue
        const labels = { node: String(p.leader), topic: topic.name, partition: String(p.partition) }
        const ms = snap.timeMs - before.timeMs
        // A log that went back was recreated; a replica that shrank lost segments to retention. Neither is
        // a rate.
        if (end >= before.end) add('partition_messages_in', labels, perSecond(end - before.end, ms))
        if (size !== null && before.size !== null && size >= before.size)
          add('partition_bytes_in', labels, perSecond(size - before.size, ms))
      }
    }
    this.#previous = current
    for (const [id, node] of perNode) {
      const labels = { node: String(id) }
      add('partitions', labels, node.partitions)
      add('leaders', labels, node.leaders)
      add('under_replicated_partitions', labels, node.underReplicated)
      const dirs = snap.logDirs?.get(id)
      if (dirs)
        add(
          'disk_used',
          labels,
          dirs.dirs.reduce((sum, d) => sum + d.usedBytes, 0),
        )
    }
    if (snap.logDirs) for (const [topic, size] of topicSizes) add('topic_size', { topic }, size)
    readings.push(...this.#groups(snap))
    return readings
  }

  #groups(snap: ProtocolSnapshot): MetricReading[] {
    if (!snap.committed) return []
    const readings: MetricReading[] = []
    const consumed = new Set<string>()
    const committed = new Map<string, { offset: number; timeMs: number }>()
    for (const [group, offsets] of snap.committed) {
      for (const { topic, partition, offset } of offsets) {
        const key = partitionKey(topic, partition)
        const end = snap.ends.get(key)
        if (end !== undefined && !consumed.has(key)) {
          consumed.add(key)
          this.#history.record(key, end, snap.timeMs)
        }
        const labels = { group, topic, partition: String(partition) }
        readings.push({ metric: 'group_committed_offset', labels, value: offset })
        const groupKey = `${group}\u0000${key}`
        committed.set(groupKey, { offset, timeMs: snap.timeMs })
        const before = this.#committed.get(groupKey)
        if (before && offset >= before.offset && snap.timeMs > before.timeMs)
          readings.push({
            metric: 'group_consume_rate',
            labels,
            value: perSecond(offset - before.offset, snap.timeMs - before.timeMs),
          })
        if (end === undefined) continue
        readings.push({ metric: 'group_lag', labels, value: Math.max(0, end - offset) })
        const seconds = this.#history.lagSeconds(key, offset, snap.timeMs)
        if (seconds !== null) readings.push({ metric: 'group_lag_seconds', labels, value: seconds })
      }
    }
    this.#committed = committed
    // Only partitions some group reads keep a history: the others' lag in time is never asked.
    this.#history.keepOnly(consumed)
    return readings
  }
}
