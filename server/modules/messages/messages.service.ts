import { randomUUID } from 'node:crypto'
import type {
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
import type { ClusterAccess } from '../clusters/cluster-access.ts'
import { compileFilter } from './message-filter.ts'
import { scanMessages } from './message-scan.ts'

/** How much one query may read; the console's limits are the API's. */
export interface QueryLimits {
  /** Messages read per query before it stops and offers to continue. */
  scanMessages: number
  /** Seconds a query may read before it stops and offers to continue. */
  scanSeconds: number
  /** Queries running at once on one cluster. */
  concurrentQueries: number
}

export const defaultQueryLimits: QueryLimits = {
  scanMessages: 1_000_000,
  scanSeconds: 30,
  concurrentQueries: 3,
}

export interface MessagesDeps {
  access: ClusterAccess
  connection: (clusterId: string) => Promise<KafkaConnectionConfig>
  limits: QueryLimits
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

export function messagesService({ access, connection, limits }: MessagesDeps) {
  const running = new Map<string, Running>()

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
    async prepareQuery(clusterId: string, topicName: string, query: QueryMessages) {
      const predicate = query.filter?.trim() ? compileFilter(query.filter) : null
      const { admin } = await access.admin(clusterId)
      const topic = await topicOf(admin, topicName)
      if (query.partition !== undefined) checkPartition(topic, query.partition, 'partition')
      for (const p of query.resume ?? []) checkPartition(topic, p.partition, 'resume')
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
              limit: query.newest ?? query.limit,
              maxBytes: query.maxBytes,
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
