import type { TopicSummary } from '../../../contract/topics.ts'
import type { KafkaAdmin } from '../../kafka/admin-pool.ts'
import {
  type ListedOffset,
  listOffsets,
  OffsetSpec,
  partitionKey,
  partitionSizes,
  readTopics,
  type TopicMeta,
  topicConfigs,
} from '../../kafka/topics.ts'

export interface TopicFigures {
  brokers: number[]
  metas: TopicMeta[]
  summaries: TopicSummary[]
}

function sumOver(topic: TopicMeta, value: (key: string) => number | null): number | null {
  let sum = 0
  for (const p of topic.partitions) {
    const v = value(partitionKey(topic.name, p.partition))
    if (v === null) return null
    sum += v
  }
  return sum
}

const messages =
  (earliest: Map<string, ListedOffset> | null, latest: Map<string, ListedOffset> | null) => (key: string) => {
    const first = earliest?.get(key)?.offset
    const next = latest?.get(key)?.offset
    return first === undefined || next === undefined ? null : next - first
  }

/**
 * Every figure of the topic list for all topics (names null) or some, in a fixed number of requests whatever
 * the topic count: one metadata read, two offset lists per leader, one log-dir query per broker and one config
 * read. A figure the brokers could not give is null rather than failing the list.
 */
export async function readTopicFigures(admin: KafkaAdmin, names: string[] | null): Promise<TopicFigures> {
  const { brokers, topics } = await readTopics(admin, names)
  const [earliest, latest, sizes, configs] = await Promise.all([
    listOffsets(admin, topics, OffsetSpec.earliest).catch(() => null),
    listOffsets(admin, topics, OffsetSpec.latest).catch(() => null),
    partitionSizes(admin, topics).catch(() => null),
    topicConfigs(
      admin,
      topics.map((t) => t.name),
      ['retention.ms', 'cleanup.policy'],
    ).catch(() => null),
  ])
  const summaries = topics.map((topic): TopicSummary => {
    const config = (name: string) => configs?.get(topic.name)?.find((c) => c.name === name)?.value ?? null
    const retention = config('retention.ms')
    return {
      topicName: topic.name,
      internal: topic.internal,
      partitionNum: topic.partitions.length,
      replicationFactor: topic.partitions[0]?.replicas.length ?? 0,
      underReplicatedPartitions: topic.partitions.filter((p) => p.isr.length < p.replicas.length).length,
      sizeBytes: sizes ? sumOver(topic, (key) => sizes.get(key) ?? 0) : null,
      messageNum: sumOver(topic, messages(earliest, latest)),
      retentionMs: retention === null ? null : Number(retention),
      cleanupPolicy: config('cleanup.policy'),
    }
  })
  return { brokers, metas: topics, summaries }
}
