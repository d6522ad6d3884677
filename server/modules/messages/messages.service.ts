import { randomUUID } from 'node:crypto'
import type {
  MessageQuerySettings,
  PartitionPosition,
  ProduceMessage,
  QueryEvent,
  QueryMessages,
} from '../../../contract/messages.ts'
import { ApiError } from '../../http/api-error.ts'
import type { KafkaAdmin } from '../../kafka/admin-pool.ts'
import type { KafkaConnectionConfig } from '../../kafka/connection.ts'
import { fetchRecords, openFetcher } from '../../kafka/fetch-records.ts'
import { keyPartition } from '../../kafka/murmur2.ts'
import { produceOne } from '../../kafka/produce.ts'
import { listOffsets, OffsetSpec, partitionKey, readTopics, type TopicMeta } from '../../kafka/topics.ts'
import type { MessageQuerySettingsRepository } from '../../store/message-query-settings-repository.ts'
import type { ClusterAccess } from '../clusters/cluster-access.ts'
import { compileFilter } from './message-filter.ts'
import { scanMessages } from './message-scan.ts'

/** The reference console's limits, for clusters whose settings were never changed. */
export const defaultQuerySettings: MessageQuerySettings = {
  defaultLimit: 20,
  maxLimit: 1000,
  defaultMaxBytes: 10 * 1024 * 1024,
  scanMessages: 1_000_000,
  scanSeconds: 30,
  concurrentQueries: 3,
  minIntervalSeconds: 0,
}

export interface MessagesDeps {
  access: ClusterAccess
  connection: (clusterId: string) => Promise<KafkaConnectionConfig>
  settings: MessageQuerySettingsRepository
  /** The server's settings, which a cluster keeps until its own are saved. */
  defaults: MessageQuerySettings
  now?: () => number
}

interface Running {
  queryId: string
  clusterId: string
  topicName: string
  startTime: string
  scanned: number
  matched: number
}

async function topicOf(admin: KafkaAdmin, topicName: string): Promise<TopicMeta> {
  const { topics } = await readTopics(admin, [topicName])
  const topic = topics[0]
  if (!topic) throw new ApiError('TOPIC_NOT_EXIST', `No topic named ${topicName}.`)
  return topic
}

function checkPartition(topic: TopicMeta, partition: number, field: string) {
  if (partition >= topic.partitions.length) {
    const message = `${topic.name} has partitions 0 to ${topic.partitions.length - 1}; there is no partition ${partition}.`
    throw new ApiError('TOPIC_PARTITION_NOT_EXIST', message, { [field]: message })
  }
}

export function messagesService({ access, connection, settings, defaults, now = Date.now }: MessagesDeps) {
  const running = new Map<string, Running>()
  /** When each caller last started a query on each cluster, for the minimum interval. */
  const lastStart = new Map<string, number>()

  async function settingsOf(clusterId: string): Promise<MessageQuerySettings> {
    return { ...defaults, ...(await settings.get(clusterId)) }
  }

  /** Start and end offset of each partition to read, from the query's starting point. */
  async function plan(admin: KafkaAdmin, topic: TopicMeta, query: QueryMessages) {
    let partitions =
      query.partition === undefined ? topic.partitions.map((p) => p.partition) : [query.partition]
    let probablePartition: number | null = null
    if (query.key !== undefined && query.keyScan === 'probable' && query.partition === undefined) {
      probablePartition = keyPartition(Buffer.from(query.key, 'utf8'), topic.partitions.length)
      partitions = [probablePartition]
    }
    const shown = { ...topic, partitions: topic.partitions.filter((p) => partitions.includes(p.partition)) }
    const [earliest, latest] = await Promise.all([
      listOffsets(admin, [shown], OffsetSpec.earliest),
      listOffsets(admin, [shown], OffsetSpec.latest),
    ])
    const atTime = async (iso: string | undefined) =>
      iso === undefined ? null : listOffsets(admin, [shown], BigInt(Date.parse(iso)))
    const [fromTime, untilTime] = await Promise.all([
      atTime(query.startTime),
      // The first offset written after the end time is where the range stops.
      atTime(query.endTime && new Date(Date.parse(query.endTime) + 1).toISOString()),
    ])
    const positions: PartitionPosition[] = partitions.map((partition) => {
      const key = partitionKey(topic.name, partition)
      const first = earliest.get(key)?.offset ?? 0
      const end = latest.get(key)?.offset ?? first
      let start = first
      if (query.startOffset !== undefined) start = Math.min(Math.max(query.startOffset, first), end)
      if (query.startTime !== undefined) start = fromTime?.get(key)?.offset ?? end
      if (query.newest !== undefined) start = Math.max(first, end - query.newest)
      const stop = query.endTime !== undefined ? (untilTime?.get(key)?.offset ?? end) : end
      return { partition, offset: start, endOffset: Math.max(start, stop) }
    })
    return { positions, probablePartition }
  }

  return {
    async getSettings(clusterId: string): Promise<MessageQuerySettings> {
      await access.find(clusterId)
      return settingsOf(clusterId)
    },

    async updateSettings(clusterId: string, next: MessageQuerySettings): Promise<MessageQuerySettings> {
      await access.find(clusterId)
      await settings.put(clusterId, next)
      return settingsOf(clusterId)
    },

    running(clusterId: string) {
      return {
        queries: [...running.values()]
          .filter((q) => q.clusterId === clusterId)
          .map(({ clusterId: _c, ...q }) => q),
      }
    },

    /**
     * Checks the query completely (cluster, topic, partition, filter, concurrency) before it streams, so a
     * refusal is an ordinary error answer; then returns the scan to run.
     */
    async prepareQuery(clusterId: string, topicName: string, query: QueryMessages, caller: string) {
      const predicate = query.filter?.trim() ? compileFilter(query.filter) : null
      const { admin } = await access.admin(clusterId)
      const limits = await settingsOf(clusterId)
      const limit = query.newest ?? query.limit ?? limits.defaultLimit
      if (limit > limits.maxLimit) {
        const message = `This cluster returns at most ${limits.maxLimit} messages per query.`
        throw new ApiError('ERROR_PARAMS', message, { [query.newest ? 'newest' : 'limit']: message })
      }
      const topic = await topicOf(admin, topicName)
      if (query.partition !== undefined) checkPartition(topic, query.partition, 'partition')
      for (const p of query.resume ?? []) checkPartition(topic, p.partition, 'resume')
      // Continuing a query is part of it, so only new queries wait for the interval.
      const callerKey = `${clusterId}\u0000${caller}`
      const waited = now() - (lastStart.get(callerKey) ?? Number.NEGATIVE_INFINITY)
      if (!query.resume && waited < limits.minIntervalSeconds * 1000) {
        const left = Math.ceil((limits.minIntervalSeconds * 1000 - waited) / 1000)
        throw new ApiError(
          'QUERY_TOO_FREQUENT',
          `This cluster allows one query every ${limits.minIntervalSeconds} s; try again in ${left} s.`,
        )
      }
      const active = [...running.values()].filter((q) => q.clusterId === clusterId).length
      if (active >= limits.concurrentQueries) {
        throw new ApiError(
          'TOO_MANY_QUERIES',
          `This cluster already runs ${active} message queries, its limit. Wait for one to finish or cancel it.`,
        )
      }
      const { positions, probablePartition } = query.resume
        ? { positions: query.resume, probablePartition: null }
        : await plan(admin, topic, query)
      const cfg = await connection(clusterId)
      if (!query.resume) lastStart.set(callerKey, now())
      const queryId = randomUUID()
      const entry: Running = {
        queryId,
        clusterId,
        topicName,
        startTime: new Date().toISOString(),
        scanned: 0,
        matched: 0,
      }
      running.set(queryId, entry)

      return async (emit: (event: QueryEvent) => Promise<void>, signal: AbortSignal) => {
        const fetcher = openFetcher(cfg)
        try {
          await emit({ type: 'start', queryId, positions, probablePartition })
          const end = await scanMessages(
            {
              positions,
              leaders: new Map(topic.partitions.map((p) => [p.partition, p.leader])),
              predicate,
              key: query.key === undefined ? null : Buffer.from(query.key, 'utf8'),
              limit,
              maxBytes: query.maxBytes ?? limits.defaultMaxBytes,
              budget: { messages: limits.scanMessages, ms: limits.scanSeconds * 1000 },
              newest: query.newest !== undefined,
            },
            (leader, wanted) => fetchRecords(fetcher, leader, topic.id, wanted),
            async (event) => {
              if (event.type === 'progress')
                Object.assign(entry, { scanned: event.scanned, matched: event.matched })
              await emit(event)
            },
            { signal },
          )
          await emit(end)
        } catch (err) {
          if (!signal.aborted)
            await emit({ type: 'error', code: 'INTERNAL_ERROR', message: (err as Error).message })
        } finally {
          running.delete(queryId)
          await fetcher.close().catch(() => {})
        }
      }
    },

    async produce(clusterId: string, topicName: string, body: ProduceMessage) {
      const { admin } = await access.admin(clusterId, { forChange: true })
      const topic = await topicOf(admin, topicName)
      if (body.partition !== undefined) checkPartition(topic, body.partition, 'partition')
      const key = body.key === null || body.key === undefined ? null : Buffer.from(body.key, 'utf8')
      // Kafka's default partitioner, computed here so the answer can say where the message went.
      const partition =
        body.partition ??
        (key
          ? keyPartition(key, topic.partitions.length)
          : Math.floor(Math.random() * topic.partitions.length))
      return produceOne(await connection(clusterId), {
        topic: topicName,
        partition,
        key,
        value: body.value === null || body.value === undefined ? null : Buffer.from(body.value, 'utf8'),
        headers: body.headers,
      })
    },
  }
}

export type MessagesService = ReturnType<typeof messagesService>
