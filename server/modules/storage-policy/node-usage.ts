import type { KafkaAdmin } from '../../kafka/admin-pool.ts'
import { listPartitionOffsets } from '../../kafka/consumer-groups.ts'
import {
  listOffsets,
  OffsetSpec,
  partitionKey,
  readTopics,
  replicaSizes,
  type TopicMeta,
  topicConfigs,
} from '../../kafka/topics.ts'
import type { NodeUsage } from './watermark-plan.ts'

/**
 * Every node's replicas with their bytes and offsets, in a fixed number of requests whatever the topic count:
 * one metadata read, three offset lists per leader, one log-dir query per broker and one config read.
 * `retainAfter` is now − logMinRetentionMs: records from then on are kept.
 */
export async function readNodeUsage(
  admin: KafkaAdmin,
  capacityBytes: number,
  retainAfter: number,
): Promise<{ topics: TopicMeta[]; nodes: NodeUsage[] }> {
  // Internal topics included: their bytes fill the disk too.
  const { brokers, topics } = await readTopics(admin)
  const userPartitions = topics
    .filter((t) => !t.internal)
    .flatMap((t) => t.partitions.map((p) => ({ topic: t.name, partition: p.partition })))
  const [earliest, latest, retained, sizes, configs] = await Promise.all([
    listOffsets(admin, topics, OffsetSpec.earliest),
    listOffsets(admin, topics, OffsetSpec.latest),
    // A negative time would be one of ListOffsets' special requests (-1 latest, -2 earliest).
    listPartitionOffsets(admin, userPartitions, new Date(Math.max(0, retainAfter))),
    replicaSizes(admin, topics),
    topicConfigs(
      admin,
      topics.map((t) => t.name),
      ['cleanup.policy'],
    ),
  ])
  // Kafka refuses DeleteRecords on a compact-only topic; "compact,delete" accepts it.
  const deletes = (topic: TopicMeta) => {
    const policy = configs.get(topic.name)?.find((c) => c.name === 'cleanup.policy')?.value ?? 'delete'
    return !topic.internal && policy.split(',').some((p) => p.trim() === 'delete')
  }
  const nodes = brokers.map((nodeId) => {
    const onNode = sizes.get(nodeId) ?? new Map<string, number>()
    const partitions = topics.flatMap((topic) =>
      topic.partitions.flatMap((p) => {
        const key = partitionKey(topic.name, p.partition)
        const sizeBytes = onNode.get(key)
        if (sizeBytes === undefined) return []
        const first = earliest.get(key)?.offset
        const end = latest.get(key)?.offset
        // A leader that did not answer: its bytes count, its records wait for the next run.
        if (first === undefined || end === undefined) {
          const unknown = { earliestOffset: 0, latestOffset: 0, retainFromOffset: null, deletable: false }
          return [{ topic: topic.name, partition: p.partition, sizeBytes, ...unknown }]
        }
        const at = retained.get(key)
        return [
          {
            topic: topic.name,
            partition: p.partition,
            sizeBytes,
            earliestOffset: first,
            latestOffset: end,
            // null from the broker: every record is older than the minimum retention time.
            retainFromOffset: at === undefined ? null : (at ?? end),
            deletable: deletes(topic),
          },
        ]
      }),
    )
    return { nodeId, capacityBytes, partitions }
  })
  return { topics, nodes }
}
