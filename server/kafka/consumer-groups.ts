import type { KafkaAdmin } from './admin-pool.ts'
import type { KafkaConnectionConfig } from './connection.ts'
import { fetchRecords, openFetcher } from './fetch-records.ts'
import { partitionKey, readTopics, type TopicMeta } from './topics.ts'

export interface GroupMemberInfo {
  memberId: string
  clientId: string
  host: string
  assignments: { topic: string; partitions: number[] }[]
}

export interface GroupDescription {
  groupName: string
  /** Kafka's state: STABLE, EMPTY, PREPARING_REBALANCE, COMPLETING_REBALANCE, DEAD (DEAD also means "no such group"). */
  state: string
  protocolType: string
  /** The assignor the members agreed on (range, cooperative-sticky ...); empty when the group has no members. */
  protocol: string
  members: GroupMemberInfo[]
}

export interface TopicPartitionOffset {
  topic: string
  partition: number
  offset: number
}

/** Every consumer group the brokers know, by name. Share groups and Connect workers are left out. */
export async function listGroupNames(admin: KafkaAdmin): Promise<string[]> {
  const groups = await admin.listGroups()
  return [...groups.values()]
    .filter((g) => g.protocolType === 'consumer' || g.protocolType === '')
    .map((g) => g.id)
}

export async function describeGroups(admin: KafkaAdmin, names: string[]): Promise<GroupDescription[]> {
  if (names.length === 0) return []
  const described = await admin.describeGroups({ groups: names })
  return names.map((name) => {
    const group = described.get(name)
    if (!group) return { groupName: name, state: 'DEAD', protocolType: '', protocol: '', members: [] }
    return {
      groupName: name,
      state: group.state,
      protocolType: group.protocolType,
      protocol: group.protocol,
      members: [...group.members.values()].map((m) => ({
        memberId: m.id,
        clientId: m.clientId,
        // The broker reports "/127.0.0.1"; the slash is Java's InetAddress.toString().
        host: m.clientHost.replace(/^\//, ''),
        assignments: [...(m.assignments?.values() ?? [])].map((a) => ({
          topic: a.topic,
          partitions: [...a.partitions],
        })),
      })),
    }
  })
}

/** Committed offsets per group; partitions without a committed offset are left out. */
export async function committedOffsets(
  admin: KafkaAdmin,
  groups: string[],
): Promise<Map<string, TopicPartitionOffset[]>> {
  const result = new Map<string, TopicPartitionOffset[]>()
  if (groups.length === 0) return result
  const listed = await admin.listConsumerGroupOffsets({ groups })
  for (const group of listed) {
    const offsets: TopicPartitionOffset[] = []
    for (const topic of group.topics) {
      for (const p of topic.partitions) {
        if (p.committedOffset >= 0n)
          offsets.push({ topic: topic.name, partition: p.partitionIndex, offset: Number(p.committedOffset) })
      }
    }
    result.set(group.groupId, offsets)
  }
  return result
}

/** Partition count of each topic that exists; missing topics are absent from the map. */
export async function partitionCounts(admin: KafkaAdmin, topics: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  if (topics.length === 0) return counts
  const existing = new Set(await admin.listTopics({ includeInternals: true }))
  const wanted = topics.filter((t) => existing.has(t))
  if (wanted.length === 0) return counts
  const metadata = await admin.metadata({ topics: wanted, forceUpdate: true })
  for (const [name, topic] of metadata.topics) counts.set(name, topic.partitionsCount)
  return counts
}

/**
 * Offsets of the given partitions: 'earliest', 'latest', or the first offset whose timestamp is at or after
 * a time (null when no record is that recent).
 */
export async function listPartitionOffsets(
  admin: KafkaAdmin,
  partitions: { topic: string; partition: number }[],
  at: 'earliest' | 'latest' | Date,
): Promise<Map<string, number | null>> {
  const result = new Map<string, number | null>()
  if (partitions.length === 0) return result
  const timestamp = at === 'earliest' ? -2n : at === 'latest' ? -1n : BigInt(at.getTime())
  const byTopic = new Map<string, number[]>()
  for (const { topic, partition } of partitions) {
    const list = byTopic.get(topic) ?? []
    list.push(partition)
    byTopic.set(topic, list)
  }
  const listed = await admin.listOffsets({
    topics: [...byTopic].map(([name, ps]) => ({
      name,
      partitions: ps.map((partitionIndex) => ({ partitionIndex, timestamp })),
    })),
  })
  for (const topic of listed) {
    for (const p of topic.partitions)
      result.set(partitionKey(topic.name, p.partitionIndex), p.offset < 0n ? null : Number(p.offset))
  }
  return result
}

export async function alterGroupOffsets(
  admin: KafkaAdmin,
  groupName: string,
  offsets: TopicPartitionOffset[],
): Promise<void> {
  const byTopic = new Map<string, { partition: number; offset: bigint }[]>()
  for (const { topic, partition, offset } of offsets) {
    const list = byTopic.get(topic) ?? []
    list.push({ partition, offset: BigInt(offset) })
    byTopic.set(topic, list)
  }
  await admin.alterConsumerGroupOffsets({
    groupId: groupName,
    topics: [...byTopic].map(([name, partitionOffsets]) => ({ name, partitionOffsets })),
  })
}

export async function deleteGroup(admin: KafkaAdmin, groupName: string): Promise<void> {
  await admin.deleteGroups({ groups: [groupName] })
}

/**
 * The timestamp of the record at each given offset (the first one a group has not consumed), read with one
 * small fetch per leader and topic. Partitions whose record cannot be read in time are absent from the result.
 */
export async function recordTimestamps(
  cfg: KafkaConnectionConfig,
  admin: KafkaAdmin,
  wanted: TopicPartitionOffset[],
  { timeoutMs = 3000 } = {},
): Promise<Map<string, number>> {
  const result = new Map<string, number>()
  if (wanted.length === 0) return result
  const { topics } = await readTopics(admin, [...new Set(wanted.map((w) => w.topic))])
  const requests = new Map<
    string,
    { leader: number; topic: TopicMeta; partitions: { partition: number; offset: number }[] }
  >()
  for (const w of wanted) {
    const topic = topics.find((t) => t.name === w.topic)
    const leader = topic?.partitions.find((p) => p.partition === w.partition)?.leader ?? -1
    if (!topic || leader < 0) continue
    const key = `${leader}\u0000${topic.name}`
    const request = requests.get(key) ?? { leader, topic, partitions: [] }
    request.partitions.push({ partition: w.partition, offset: w.offset })
    requests.set(key, request)
  }
  const fetcher = openFetcher(cfg, timeoutMs)
  try {
    await Promise.all(
      [...requests.values()].map(async ({ leader, topic, partitions }) => {
        // One batch per partition is enough; the broker still returns a first batch larger than this.
        const fetched = await fetchRecords(fetcher, leader, topic.id, partitions, {
          partitionMaxBytes: 16 * 1024,
        })
        for (const p of fetched) {
          const first = p.records[0]
          if (first) result.set(partitionKey(topic.name, p.partition), first.timestamp)
        }
      }),
    )
  } catch {
    // The time lag is an estimate; offsets and lag are still worth showing without it.
  } finally {
    await fetcher.close().catch(() => {})
  }
  return result
}
