import type {
  ConsumerGroup,
  GroupTopicPartition,
  ListConsumerGroupsQuery,
  ResetOffsets,
  ResetOffsetsResult,
} from '../../../contract/consumer-groups.ts'
import { ApiError } from '../../http/api-error.ts'
import type { KafkaAdmin } from '../../kafka/admin-pool.ts'
import type { KafkaConnectionConfig } from '../../kafka/connection.ts'
import {
  alterGroupOffsets,
  committedOffsets,
  deleteGroup,
  describeGroups,
  type GroupDescription,
  listGroupNames,
  listPartitionOffsets,
  partitionCounts,
  recordTimestamps,
  type TopicPartitionOffset,
} from '../../kafka/consumer-groups.ts'
import { partitionKey } from '../../kafka/topics.ts'
import type { ClusterAccess } from '../clusters/cluster-access.ts'
import { parseResetTarget, partitionLag, planReset, timeLagMs } from './reset-plan.ts'

/** Time lag costs a fetch per leader; past this many lagging partitions the detail leaves it out. */
const TIME_LAG_PARTITION_LIMIT = 200

export interface ConsumerGroupsDeps {
  access: ClusterAccess
  /** How to open a plain client for the cluster (the time-lag fetch needs a consumer, not the admin). */
  connection: (clusterId: string) => Promise<KafkaConnectionConfig>
  now?: () => number
}

function topicsOf(group: GroupDescription, offsets: TopicPartitionOffset[]): string[] {
  const topics = new Set(offsets.map((o) => o.topic))
  for (const m of group.members) for (const a of m.assignments) topics.add(a.topic)
  return [...topics].sort()
}

export function consumerGroupsService({ access, connection, now = Date.now }: ConsumerGroupsDeps) {
  async function describeExisting(admin: KafkaAdmin, groupName: string): Promise<GroupDescription> {
    const [group] = await describeGroups(admin, [groupName])
    // Kafka describes any name; a group it does not know comes back DEAD with no members.
    if (!group || group.state === 'DEAD')
      throw new ApiError('CONSUMER_GROUP_NOT_FOUND', `No consumer group named ${groupName}.`)
    return group
  }

  async function summaries(admin: KafkaAdmin, names: string[]): Promise<ConsumerGroup[]> {
    const [groups, offsets] = await Promise.all([
      describeGroups(admin, names),
      committedOffsets(admin, names),
    ])
    const all = [...offsets.values()].flat()
    const ends = await listPartitionOffsets(admin, all, 'latest').catch(() => null)
    return groups.map((group) => {
      const own = offsets.get(group.groupName) ?? []
      let totalLag: number | null = ends ? 0 : null
      for (const o of own) {
        const lag = partitionLag(o.offset, ends?.get(partitionKey(o.topic, o.partition)) ?? null)
        if (totalLag !== null && lag !== null) totalLag += lag
      }
      return {
        groupName: group.groupName,
        state: group.state,
        protocolType: group.protocolType,
        protocol: group.protocol,
        memberCount: group.members.length,
        topics: topicsOf(group, own),
        totalLag,
        updateTime: null,
      }
    })
  }

  /** Refuses a change while a consumer still runs in the group: it would overwrite the reset at its next commit. */
  function requireEmpty(group: GroupDescription, action: string) {
    if (group.members.length > 0 || group.state !== 'EMPTY') {
      throw new ApiError(
        'CONSUMER_GROUP_NOT_EMPTY',
        `Cannot ${action} consumer group ${group.groupName}: it has ${group.members.length} active member(s) (state ${group.state}). Stop its consumers first.`,
      )
    }
  }

  return {
    async list(clusterId: string, query: ListConsumerGroupsQuery) {
      const { admin } = await access.admin(clusterId)
      const { pageNo, pageSize } = query
      const needle = query.groupName?.trim().toLowerCase() ?? ''
      const names = (await listGroupNames(admin))
        .filter((name) => name.toLowerCase().includes(needle))
        .sort((a, b) => a.localeCompare(b))
      const page = names.slice((pageNo - 1) * pageSize, pageNo * pageSize)
      return { groups: await summaries(admin, page), total: names.length, pageNo, pageSize }
    },

    async get(clusterId: string, groupName: string) {
      const { admin } = await access.admin(clusterId)
      const group = await describeExisting(admin, groupName)
      const own = (await committedOffsets(admin, [groupName])).get(groupName) ?? []
      const [summary] = await summaries(admin, [groupName])
      if (!summary) throw new ApiError('CONSUMER_GROUP_NOT_FOUND', `No consumer group named ${groupName}.`)

      // Rows: every committed partition and every assigned one, even before its first commit.
      const owners = new Map<string, GroupDescription['members'][number]>()
      for (const m of group.members)
        for (const a of m.assignments) for (const p of a.partitions) owners.set(partitionKey(a.topic, p), m)
      const committed = new Map(own.map((o) => [partitionKey(o.topic, o.partition), o.offset]))
      const keys = new Map<string, { topic: string; partition: number }>()
      for (const o of own) keys.set(partitionKey(o.topic, o.partition), o)
      for (const m of group.members)
        for (const a of m.assignments)
          for (const partition of a.partitions)
            keys.set(partitionKey(a.topic, partition), { topic: a.topic, partition })
      const rows = [...keys.values()].sort(
        (a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition,
      )
      const ends = await listPartitionOffsets(admin, rows, 'latest')

      const lagging: TopicPartitionOffset[] = []
      for (const r of rows) {
        const key = partitionKey(r.topic, r.partition)
        const offset = committed.get(key) ?? null
        const lag = partitionLag(offset, ends.get(key) ?? null)
        if (offset !== null && lag !== null && lag > 0) lagging.push({ ...r, offset })
      }
      const stamps =
        lagging.length > 0 && lagging.length <= TIME_LAG_PARTITION_LIMIT
          ? await recordTimestamps(await connection(clusterId), admin, lagging)
          : new Map<string, number>()

      const at = now()
      const partitions: GroupTopicPartition[] = rows.map((r) => {
        const key = partitionKey(r.topic, r.partition)
        const member = owners.get(key)
        const committedOffset = committed.get(key) ?? null
        const maxOffset = ends.get(key) ?? null
        const lag = partitionLag(committedOffset, maxOffset)
        const first = stamps.get(key) ?? null
        return {
          topicName: r.topic,
          partitionId: r.partition,
          consumerId: member?.memberId ?? null,
          clientId: member?.clientId ?? null,
          host: member?.host ?? null,
          maxOffset,
          committedOffset,
          lag,
          firstUnconsumedTime: first === null ? null : new Date(first).toISOString(),
          timeLagMs: timeLagMs(lag, first, at),
        }
      })
      return { group: summary, partitions }
    },

    async topics(clusterId: string, groupName: string) {
      const { admin } = await access.admin(clusterId)
      const group = await describeExisting(admin, groupName)
      const own = (await committedOffsets(admin, [groupName])).get(groupName) ?? []
      return { topics: topicsOf(group, own) }
    },

    async groupsOfTopic(clusterId: string, topicName: string) {
      const { admin } = await access.admin(clusterId)
      const names = await listGroupNames(admin)
      const [groups, offsets] = await Promise.all([
        describeGroups(admin, names),
        committedOffsets(admin, names),
      ])
      const onTopic = [...offsets.values()].flat().filter((o) => o.topic === topicName)
      const ends = await listPartitionOffsets(admin, onTopic, 'latest')
      const result = []
      for (const group of groups) {
        const own = (offsets.get(group.groupName) ?? []).filter((o) => o.topic === topicName)
        const assigned = group.members.some((m) => m.assignments.some((a) => a.topic === topicName))
        if (own.length === 0 && !assigned) continue
        const lag = own.reduce(
          (sum, o) =>
            sum + (partitionLag(o.offset, ends.get(partitionKey(o.topic, o.partition)) ?? null) ?? 0),
          0,
        )
        result.push({ groupName: group.groupName, state: group.state, lag })
      }
      return { groups: result.sort((a, b) => a.groupName.localeCompare(b.groupName)) }
    },

    async resetOffsets(
      clusterId: string,
      groupName: string,
      body: ResetOffsets,
    ): Promise<ResetOffsetsResult> {
      const dryRun = body.dryRun ?? false
      const parsed = parseResetTarget(body.resetStrategy, body.resetValue)
      if ('problem' in parsed) {
        throw new ApiError(
          'CONSUMER_OPERATE_RESET_STRATEGY_INVALID_ERROR',
          `Invalid resetValue for ${body.resetStrategy}: ${parsed.problem}`,
          { resetValue: parsed.problem },
        )
      }
      const { admin } = await access.admin(clusterId, { forChange: !dryRun })
      const group = await describeExisting(admin, groupName)
      if (!dryRun) requireEmpty(group, 'reset the offsets of')

      const count = (await partitionCounts(admin, [body.topicName])).get(body.topicName)
      if (count === undefined) {
        throw new ApiError('ERROR_PARAMS', `No topic named ${body.topicName}.`, {
          topicName: `No topic named ${body.topicName}.`,
        })
      }
      const missing = body.partitions.filter((p) => p >= count)
      if (missing.length > 0) {
        const problem = `Topic ${body.topicName} has partitions 0 to ${count - 1}; ${missing.join(', ')} do not exist.`
        throw new ApiError('ERROR_PARAMS', problem, { partitions: problem })
      }

      const wanted = [...body.partitions]
        .sort((a, b) => a - b)
        .map((partition) => ({ topic: body.topicName, partition }))
      const own = (await committedOffsets(admin, [groupName])).get(groupName) ?? []
      const committed = new Map(own.map((o) => [partitionKey(o.topic, o.partition), o.offset]))
      const [earliest, latest, atTime] = await Promise.all([
        listPartitionOffsets(admin, wanted, 'earliest'),
        listPartitionOffsets(admin, wanted, 'latest'),
        parsed.time ? listPartitionOffsets(admin, wanted, parsed.time) : null,
      ])
      const plan = planReset(
        parsed.target,
        wanted.map(({ topic, partition }) => {
          const key = partitionKey(topic, partition)
          return {
            partition,
            committed: committed.get(key) ?? null,
            earliest: earliest.get(key) ?? 0,
            latest: latest.get(key) ?? 0,
            atTime: atTime?.get(key) ?? null,
          }
        }),
      )
      if (!dryRun) {
        await alterGroupOffsets(
          admin,
          groupName,
          plan.map((p) => ({ topic: body.topicName, partition: p.partitionId, offset: p.newOffset })),
        )
      }
      return { groupName, topicName: body.topicName, dryRun, partitions: plan }
    },

    async remove(clusterId: string, groupName: string) {
      const { admin } = await access.admin(clusterId, { forChange: true })
      const group = await describeExisting(admin, groupName)
      requireEmpty(group, 'delete')
      await deleteGroup(admin, groupName)
      return { groupName }
    },
  }
}

export type ConsumerGroupsService = ReturnType<typeof consumerGroupsService>
