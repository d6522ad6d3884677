import type { ConfigEntry } from '../../../contract/broker-configs.ts'
import type {
  CreateTopic,
  DeleteRecords,
  ListTopicsQuery,
  TopicDetail,
  TopicList,
  TopicPartition,
  UpdateTopic,
} from '../../../contract/topics.ts'
import { ApiError } from '../../http/api-error.ts'
import type { KafkaAdmin } from '../../kafka/admin-pool.ts'
import { brokerMessage } from '../../kafka/config-entries.ts'
import {
  alterTopicConfigs,
  createPartitions,
  createTopic,
  deleteRecords,
  deleteTopic,
  KafkaErrorCodes,
  type KafkaFailure,
  listOffsets,
  OffsetSpec,
  partitionKey,
  readTopics,
  type TopicMeta,
  topicConfigs,
} from '../../kafka/topics.ts'
import type { ClusterAccess } from '../clusters/cluster-access.ts'
import { topicBalance } from './topic-balance.ts'
import { pageTopics } from './topic-list.ts'
import type { TopicSnapshots } from './topic-snapshots.ts'
import { readTopicFigures } from './topic-summaries.ts'

const SETTLE_MS = 5_000
const SETTLE_STEP_MS = 100

export interface TopicsDeps {
  access: ClusterAccess
  snapshots: TopicSnapshots
  maxPartitions: number
}

/** The config a broker's message names, so its refusal lands on that field; else the first one sent. */
export function configNamed(message: string, names: string[]): string | undefined {
  return names.find((name) => message.includes(name)) ?? names[0]
}

/** The field and API code a Kafka refusal of a topic change belongs to. */
function refusal(failure: KafkaFailure, configNames: string[]): ApiError {
  const { errorCode, message } = failure
  switch (errorCode) {
    case KafkaErrorCodes.TOPIC_ALREADY_EXISTS:
      return new ApiError('TOPIC_ALREADY_EXIST', message, { topicName: message })
    case KafkaErrorCodes.INVALID_TOPIC:
      return new ApiError('ERROR_PARAMS', message, { topicName: message })
    case KafkaErrorCodes.INVALID_PARTITIONS:
      return new ApiError('TOPIC_PARTITION_ILLEGAL', message, { partitionNum: message })
    case KafkaErrorCodes.INVALID_REPLICATION_FACTOR:
      return new ApiError('TOPIC_REPLICATION_FACTOR_LIMIT_EXCEEDED_ERROR', message, {
        replicationFactor: message,
      })
    case KafkaErrorCodes.INVALID_CONFIG:
    case KafkaErrorCodes.POLICY_VIOLATION: {
      const name = configNamed(message, configNames)
      return new ApiError('ERROR_PARAMS', message, name ? { [`otherConfigs.${name}`]: message } : undefined)
    }
    default:
      return new ApiError('INTERNAL_ERROR', `Kafka refused the change: ${message}`)
  }
}

export function topicsService({ access, snapshots, maxPartitions }: TopicsDeps) {
  async function existing(
    admin: KafkaAdmin,
    topicName: string,
  ): Promise<{ topic: TopicMeta; brokers: number[] }> {
    const { topics, brokers } = await readTopics(admin, [topicName])
    const topic = topics[0]
    if (!topic) throw new ApiError('TOPIC_NOT_EXIST', `No topic named ${topicName}.`)
    return { topic, brokers }
  }

  /**
   * The controller answers before every broker has heard of a created or deleted topic. Waiting until the
   * broker Ferry reads from agrees keeps the next read (and the user's next click) consistent with the change.
   */
  async function settle(admin: KafkaAdmin, topicName: string, present: boolean) {
    for (let waited = 0; waited < SETTLE_MS; waited += SETTLE_STEP_MS) {
      const { topics } = await readTopics(admin, [topicName])
      const led = topics[0]?.partitions.every((p) => p.leader >= 0) ?? false
      if (present ? led : topics.length === 0) return
      await new Promise((resolve) => setTimeout(resolve, SETTLE_STEP_MS))
    }
  }

  /** Puts Ferry's own change into the list at once instead of waiting for the next refresh. */
  async function refreshInList(clusterId: string, admin: KafkaAdmin, topicName: string) {
    const { summaries } = await readTopicFigures(admin, [topicName])
    snapshots.patch(clusterId, { changed: summaries, removed: [] })
  }

  function checkPartitionCount(partitionNum: number) {
    if (partitionNum > maxPartitions) {
      const message = `A topic has at most ${maxPartitions} partitions.`
      throw new ApiError('TOPIC_PARTITION_ILLEGAL', message, { partitionNum: message })
    }
  }

  function checkMinIsr(configs: Record<string, string | null>, replicationFactor: number) {
    const minIsr = configs['min.insync.replicas']
    if (minIsr !== undefined && minIsr !== null && Number(minIsr) > replicationFactor) {
      const message = `min.insync.replicas cannot exceed the replication factor (${replicationFactor}).`
      throw new ApiError('ERROR_PARAMS', message, { 'otherConfigs.min.insync.replicas': message })
    }
  }

  return {
    async list(clusterId: string, query: ListTopicsQuery): Promise<TopicList> {
      // Finds the cluster and checks it has brokers; the snapshot reads them with the same pooled client.
      await access.admin(clusterId)
      const read = query.fresh ? snapshots.refresh(clusterId) : snapshots.get(clusterId)
      const snapshot = await read.catch(() => {
        throw new ApiError('CLUSTER_NOT_AVAILABLE', 'The cluster’s brokers did not answer with its topics.')
      })
      return { ...pageTopics(snapshot.topics, query), snapshotTime: new Date(snapshot.takenAt).toISOString() }
    },

    async create(clusterId: string, body: CreateTopic) {
      const { admin } = await access.admin(clusterId, { forChange: true })
      checkPartitionCount(body.partitionNum)
      const configs = body.otherConfigs ?? {}
      const { brokers } = await readTopics(admin, [])
      if (body.replicationFactor > brokers.length) {
        const message = `The replication factor cannot exceed the ${brokers.length} live broker(s).`
        throw new ApiError('TOPIC_REPLICATION_FACTOR_LIMIT_EXCEEDED_ERROR', message, {
          replicationFactor: message,
        })
      }
      const failure = await createTopic(
        admin,
        {
          name: body.topicName,
          partitions: body.partitionNum,
          replicationFactor: body.replicationFactor,
          configs,
        },
        { validateOnly: body.validateOnly },
      )
      if (failure) throw refusal(failure, Object.keys(configs))
      if (!body.validateOnly) {
        await settle(admin, body.topicName, true)
        await refreshInList(clusterId, admin, body.topicName).catch(() =>
          snapshots.refresh(clusterId).catch(() => {}),
        )
      }
      return { topicName: body.topicName, validateOnly: body.validateOnly }
    },

    async get(clusterId: string, topicName: string): Promise<{ topic: TopicDetail }> {
      const { admin } = await access.admin(clusterId)
      const { topic, brokers } = await existing(admin, topicName)
      const { summaries } = await readTopicFigures(admin, [topicName])
      const summary = summaries[0]
      return {
        topic: {
          topicName,
          topicId: topic.id,
          internal: topic.internal,
          partitionNum: topic.partitions.length,
          replicationFactor: topic.partitions[0]?.replicas.length ?? 0,
          ...topicBalance(topic.partitions, brokers.length),
          sizeBytes: summary?.sizeBytes ?? null,
          messageNum: summary?.messageNum ?? null,
        },
      }
    },

    async partitions(clusterId: string, topicName: string, page: { pageNo: number; pageSize: number }) {
      const { admin } = await access.admin(clusterId)
      const { topic } = await existing(admin, topicName)
      const start = (page.pageNo - 1) * page.pageSize
      const shown = { ...topic, partitions: topic.partitions.slice(start, start + page.pageSize) }
      const [earliest, latest, newest] = await Promise.all([
        listOffsets(admin, [shown], OffsetSpec.earliest),
        listOffsets(admin, [shown], OffsetSpec.latest),
        // The record with the newest timestamp: its time is the partition's last write.
        listOffsets(admin, [shown], OffsetSpec.maxTimestamp).catch(() => null),
      ])
      const partitions = shown.partitions.map((p): TopicPartition => {
        const key = partitionKey(topicName, p.partition)
        const min = earliest.get(key)?.offset ?? null
        const max = latest.get(key)?.offset ?? null
        const lastWrite = newest?.get(key)?.timestamp ?? -1
        return {
          topicName,
          partitionId: p.partition,
          leaderId: p.leader,
          replicas: p.replicas,
          inSyncReplicas: p.isr,
          minOffset: min,
          maxOffset: max,
          messageNum: min === null || max === null ? null : max - min,
          lastUpdateTime: lastWrite >= 0 && max !== min ? new Date(lastWrite).toISOString() : null,
        }
      })
      return { partitions, total: topic.partitions.length, pageNo: page.pageNo, pageSize: page.pageSize }
    },

    async configs(clusterId: string, topicName: string): Promise<{ configs: ConfigEntry[] }> {
      const { admin } = await access.admin(clusterId)
      await existing(admin, topicName)
      return { configs: (await topicConfigs(admin, [topicName])).get(topicName) ?? [] }
    },

    async update(clusterId: string, topicName: string, body: UpdateTopic) {
      const { admin } = await access.admin(clusterId, { forChange: true })
      const { topic } = await existing(admin, topicName)
      const configs = body.otherConfigs ?? {}
      const configNames = Object.keys(configs)
      checkMinIsr(configs, topic.partitions[0]?.replicas.length ?? 0)
      const grow = body.partitionNum !== undefined && body.partitionNum !== topic.partitions.length
      if (body.partitionNum !== undefined && body.partitionNum < topic.partitions.length) {
        const message = `${topicName} has ${topic.partitions.length} partitions; partitions can be added, never removed.`
        throw new ApiError('TOPIC_REDUCE_PARTITION_IS_NOT_ALLOWED', message, { partitionNum: message })
      }
      if (body.partitionNum !== undefined) checkPartitionCount(body.partitionNum)
      // Everything is validated by the brokers before anything is applied, so a refusal changes nothing.
      if (configNames.length > 0) {
        await alterTopicConfigs(admin, topicName, configs, { validateOnly: true }).catch((err) => {
          const message = brokerMessage(err)
          const name = configNamed(message, configNames) as string
          throw new ApiError('ERROR_PARAMS', message, { [`otherConfigs.${name}`]: message })
        })
      }
      if (grow) {
        const failure = await createPartitions(admin, topicName, body.partitionNum as number, {
          validateOnly: true,
        })
        if (failure) throw refusal(failure, configNames)
      }
      if (configNames.length > 0) await alterTopicConfigs(admin, topicName, configs, { validateOnly: false })
      if (grow) {
        const failure = await createPartitions(admin, topicName, body.partitionNum as number, {
          validateOnly: false,
        })
        if (failure) throw refusal(failure, configNames)
      }
      await refreshInList(clusterId, admin, topicName).catch(() => {})
      return { topicName }
    },

    async remove(clusterId: string, topicName: string) {
      const { admin } = await access.admin(clusterId, { forChange: true })
      const { topic } = await existing(admin, topicName)
      if (topic.internal) {
        throw new ApiError(
          'ERROR_PARAMS',
          `${topicName} is an internal topic Kafka needs; it cannot be deleted.`,
        )
      }
      await deleteTopic(admin, topicName)
      await settle(admin, topicName, false)
      snapshots.patch(clusterId, { changed: [], removed: [topicName] })
      return { topicName }
    },

    async deleteRecords(clusterId: string, topicName: string, body: DeleteRecords) {
      const { admin } = await access.admin(clusterId, { forChange: true })
      const { topic } = await existing(admin, topicName)
      if (topic.internal) {
        throw new ApiError('ERROR_PARAMS', `Records of the internal topic ${topicName} cannot be deleted.`)
      }
      const wanted = body.partitions.map((p) => p.partitionId)
      const missing = wanted.find((id) => !topic.partitions.some((p) => p.partition === id))
      if (missing !== undefined) {
        const message = `${topicName} has no partition ${missing}; it has ${topic.partitions.length}.`
        throw new ApiError('TOPIC_PARTITION_NOT_EXIST', message, { partitions: message })
      }
      const shown = { ...topic, partitions: topic.partitions.filter((p) => wanted.includes(p.partition)) }
      const latest = await listOffsets(admin, [shown], OffsetSpec.latest)
      const plan = body.partitions.map(({ partitionId, offset }) => {
        const end = latest.get(partitionKey(topicName, partitionId))?.offset
        if (end === undefined)
          throw new ApiError('CLUSTER_NOT_AVAILABLE', `Partition ${partitionId} has no leader.`)
        if (offset > end) {
          const message = `Partition ${partitionId} ends at offset ${end}; records can be deleted up to there.`
          throw new ApiError('ERROR_PARAMS', message, { partitions: message })
        }
        return { partition: partitionId, offset: offset === -1 ? end : offset }
      })
      const deleted = await deleteRecords(admin, topic, plan)
      await refreshInList(clusterId, admin, topicName).catch(() => {})
      return { partitions: deleted.map((d) => ({ partitionId: d.partition, lowWatermark: d.lowWatermark })) }
    },
  }
}

export type TopicsService = ReturnType<typeof topicsService>
