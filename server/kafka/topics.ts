import {
  ConfigResourceTypes,
  createPartitionsV3,
  createTopicsV7,
  deleteRecordsV2,
  IncrementalAlterConfigOperationTypes,
  listOffsetsV7,
  metadataV12,
} from '@platformatic/kafka'
import type { ConfigEntry } from '../../contract/broker-configs.ts'
import type { KafkaAdmin } from './admin-pool.ts'
import { anyBrokerConnection, responseOf } from './broker-connection.ts'
import { toConfigEntry } from './config-entries.ts'

export interface PartitionMeta {
  partition: number
  leader: number
  replicas: number[]
  isr: number[]
}

export interface TopicMeta {
  name: string
  id: string
  internal: boolean
  partitions: PartitionMeta[]
}

export interface ClusterTopics {
  brokers: number[]
  topics: TopicMeta[]
}

/** Kafka's protocol error, as a code and the broker's message, for one topic or partition. */
export interface KafkaFailure {
  errorCode: number
  message: string
}

// Kafka protocol error codes Ferry tells apart.
export const KafkaErrorCodes = {
  UNKNOWN_TOPIC_OR_PARTITION: 3,
  INVALID_TOPIC: 17,
  TOPIC_ALREADY_EXISTS: 36,
  INVALID_PARTITIONS: 37,
  INVALID_REPLICATION_FACTOR: 38,
  INVALID_CONFIG: 40,
  POLICY_VIOLATION: 44,
  OFFSET_OUT_OF_RANGE: 1,
} as const

/**
 * Every topic with its partitions, internal ones included, in one metadata request; `names` narrows it.
 * The client's own metadata() drops internal topics and caches every topic it sees, so this asks a broker directly.
 */
export async function readTopics(admin: KafkaAdmin, names: string[] | null = null): Promise<ClusterTopics> {
  const connection = await anyBrokerConnection(admin)
  let response: Awaited<ReturnType<typeof metadataV12.api.async>>
  try {
    response = await metadataV12.api.async(connection, names, false, false)
  } catch (err) {
    // Asking for a missing topic fails the response; the others are still in it.
    const partial = responseOf<typeof response>(err)
    if (!partial) throw err
    response = partial
  }
  return {
    brokers: response.brokers.map((b) => b.nodeId).sort((a, b) => a - b),
    topics: response.topics
      .filter((t) => t.errorCode === 0 && t.name)
      .map((t) => ({
        name: t.name as string,
        id: t.topicId,
        internal: t.isInternal,
        partitions: t.partitions
          .map((p) => ({
            partition: p.partitionIndex,
            leader: p.leaderId,
            replicas: p.replicaNodes,
            isr: p.isrNodes,
          }))
          .sort((a, b) => a.partition - b.partition),
      })),
  }
}

export const partitionKey = (topic: string, partition: number) => `${topic}\u0000${partition}`

/** Kafka's special ListOffsets timestamps: the first offset, the next offset, the record with the newest timestamp. */
export const OffsetSpec = { earliest: -2n, latest: -1n, maxTimestamp: -3n } as const

export interface ListedOffset {
  offset: number
  /** The record's timestamp for maxTimestamp; -1 otherwise or when the partition is empty. */
  timestamp: number
}

/**
 * Offsets of many partitions at once, one request per leader. Partitions without a leader, or whose leader
 * refused, are absent from the result.
 */
export async function listOffsets(
  admin: KafkaAdmin,
  topics: TopicMeta[],
  spec: bigint,
): Promise<Map<string, ListedOffset>> {
  const byLeader = new Map<
    number,
    Map<string, { partitionIndex: number; currentLeaderEpoch: number; timestamp: bigint }[]>
  >()
  for (const topic of topics) {
    for (const p of topic.partitions) {
      if (p.leader < 0) continue
      const perTopic = byLeader.get(p.leader) ?? new Map()
      const list = perTopic.get(topic.name) ?? []
      list.push({ partitionIndex: p.partition, currentLeaderEpoch: -1, timestamp: spec })
      perTopic.set(topic.name, list)
      byLeader.set(p.leader, perTopic)
    }
  }
  const result = new Map<string, ListedOffset>()
  if (byLeader.size === 0) return result
  const connections = await admin.connectToBrokers([...byLeader.keys()])
  await Promise.all(
    [...byLeader].map(async ([leader, perTopic]) => {
      const connection = connections.get(leader)
      if (!connection) return
      type Response = Awaited<ReturnType<typeof listOffsetsV7.api.async>>
      let response: Response | null
      try {
        response = await listOffsetsV7.api.async(
          connection,
          -1,
          0,
          [...perTopic].map(([name, partitions]) => ({ name, partitions })),
        )
      } catch (err) {
        response = responseOf<Response>(err)
      }
      for (const topic of response?.topics ?? []) {
        for (const p of topic.partitions) {
          if (p.errorCode !== 0 || p.offset < 0n) continue
          result.set(partitionKey(topic.name, p.partitionIndex), {
            offset: Number(p.offset),
            timestamp: Number(p.timestamp),
          })
        }
      }
    }),
  )
  return result
}

/** Bytes on disk per partition, summed over the replicas (and log dirs) that hold it. */
export async function partitionSizes(admin: KafkaAdmin, topics: TopicMeta[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>()
  for (const onBroker of (await replicaSizes(admin, topics)).values()) {
    for (const [key, size] of onBroker) sizes.set(key, (sizes.get(key) ?? 0) + size)
  }
  return sizes
}

/** Bytes on disk of each replica: per broker, per partition, summed over that broker's log dirs. */
export async function replicaSizes(
  admin: KafkaAdmin,
  topics: TopicMeta[],
): Promise<Map<number, Map<string, number>>> {
  const result = new Map<number, Map<string, number>>()
  if (topics.length === 0) return result
  const dirs = await admin.describeLogDirs({
    topics: topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => p.partition) })),
  })
  for (const { broker, results } of dirs) {
    const sizes = result.get(broker) ?? new Map<string, number>()
    for (const dir of results) {
      for (const topic of dir.topics) {
        for (const p of topic.partitions) {
          const key = partitionKey(topic.name, p.partitionIndex)
          sizes.set(key, (sizes.get(key) ?? 0) + Number(p.partitionSize))
        }
      }
    }
    result.set(broker, sizes)
  }
  return result
}

/** Configs of many topics at once; `keys` narrows each to those configs. */
export async function topicConfigs(
  admin: KafkaAdmin,
  names: string[],
  keys: string[] | null = null,
): Promise<Map<string, ConfigEntry[]>> {
  const result = new Map<string, ConfigEntry[]>()
  if (names.length === 0) return result
  const described = await admin.describeConfigs({
    resources: names.map((resourceName) => ({
      resourceType: ConfigResourceTypes.TOPIC,
      resourceName,
      configurationKeys: keys,
    })),
    includeDocumentation: keys === null,
  })
  for (const resource of described) {
    result.set(
      resource.resourceName,
      resource.configs.map(toConfigEntry).sort((a, b) => a.name.localeCompare(b.name)),
    )
  }
  return result
}

/** Creates (or, with validateOnly, checks) one topic; the brokers' refusal comes back instead of throwing. */
export async function createTopic(
  admin: KafkaAdmin,
  topic: { name: string; partitions: number; replicationFactor: number; configs: Record<string, string> },
  { validateOnly, timeoutMs = 15_000 }: { validateOnly: boolean; timeoutMs?: number },
): Promise<KafkaFailure | null> {
  // Any broker forwards CreateTopics to the active controller.
  const connection = await anyBrokerConnection(admin)
  type Response = Awaited<ReturnType<typeof createTopicsV7.api.async>>
  try {
    await createTopicsV7.api.async(
      connection,
      [
        {
          name: topic.name,
          numPartitions: topic.partitions,
          replicationFactor: topic.replicationFactor,
          assignments: [],
          configs: Object.entries(topic.configs).map(([name, value]) => ({ name, value })),
        },
      ],
      timeoutMs,
      validateOnly,
    )
    return null
  } catch (err) {
    const failed = responseOf<Response>(err)?.topics.find((t) => t.errorCode !== 0)
    if (!failed) throw err
    return { errorCode: failed.errorCode, message: failed.errorMessage ?? `Kafka error ${failed.errorCode}` }
  }
}

/** Grows a topic to `count` partitions (or checks that it could); the refusal comes back instead of throwing. */
export async function createPartitions(
  admin: KafkaAdmin,
  name: string,
  count: number,
  { validateOnly, timeoutMs = 15_000 }: { validateOnly: boolean; timeoutMs?: number },
): Promise<KafkaFailure | null> {
  const connection = await anyBrokerConnection(admin)
  type Response = Awaited<ReturnType<typeof createPartitionsV3.api.async>>
  try {
    await createPartitionsV3.api.async(
      connection,
      [{ name, count, assignments: null }],
      timeoutMs,
      validateOnly,
    )
    return null
  } catch (err) {
    const failed = responseOf<Response>(err)?.results.find((r) => r.errorCode !== 0)
    if (!failed) throw err
    return { errorCode: failed.errorCode, message: failed.errorMessage ?? `Kafka error ${failed.errorCode}` }
  }
}

/** Sets (value) or removes (null) dynamic configs of one topic with an incremental alter. */
export async function alterTopicConfigs(
  admin: KafkaAdmin,
  name: string,
  changes: Record<string, string | null>,
  { validateOnly }: { validateOnly: boolean },
): Promise<void> {
  await admin.incrementalAlterConfigs({
    validateOnly,
    resources: [
      {
        resourceType: ConfigResourceTypes.TOPIC,
        resourceName: name,
        configs: Object.entries(changes).map(([configName, value]) =>
          value === null
            ? { name: configName, configOperation: IncrementalAlterConfigOperationTypes.DELETE }
            : { name: configName, configOperation: IncrementalAlterConfigOperationTypes.SET, value },
        ),
      },
    ],
  })
}

export async function deleteTopic(admin: KafkaAdmin, name: string): Promise<void> {
  await admin.deleteTopics({ topics: [name] })
}

/** Deletes the records before each offset, on the partition's leader; answers each partition's new low watermark. */
export async function deleteRecords(
  admin: KafkaAdmin,
  topic: TopicMeta,
  offsets: { partition: number; offset: number }[],
): Promise<{ partition: number; lowWatermark: number }[]> {
  const byLeader = new Map<number, { partitionIndex: number; offset: bigint }[]>()
  for (const { partition, offset } of offsets) {
    const leader = topic.partitions.find((p) => p.partition === partition)?.leader ?? -1
    if (leader < 0) throw new Error(`Partition ${partition} of ${topic.name} has no leader right now.`)
    const list = byLeader.get(leader) ?? []
    list.push({ partitionIndex: partition, offset: BigInt(offset) })
    byLeader.set(leader, list)
  }
  const connections = await admin.connectToBrokers([...byLeader.keys()])
  const results = await Promise.all(
    [...byLeader].map(async ([leader, partitions]) => {
      const connection = connections.get(leader)
      if (!connection) throw new Error(`Broker ${leader}, leader of ${topic.name}, does not answer.`)
      const response = await deleteRecordsV2.api.async(connection, [{ name: topic.name, partitions }], 15_000)
      return response.topics.flatMap((t) =>
        t.partitions.map((p) => ({ partition: p.partitionIndex, lowWatermark: Number(p.lowWatermark) })),
      )
    }),
  )
  return results.flat().sort((a, b) => a.partition - b.partition)
}
