import { Consumer, type RecordsBatch } from '@platformatic/kafka'
import { responseOf } from './broker-connection.ts'
import { adminOptions, type KafkaConnectionConfig } from './connection.ts'

export interface FetchedRecord {
  offset: number
  timestamp: number
  timestampType: 'CreateTime' | 'LogAppendTime'
  key: Buffer | null
  value: Buffer | null
  headers: [Buffer | null, Buffer | null][]
  /** Bytes of key, value and headers. */
  size: number
}

export interface FetchedPartition {
  partition: number
  errorCode: number
  records: FetchedRecord[]
  /** The offset after the last batch returned, even one of markers only; null when nothing came back. */
  nextOffset: number | null
  highWatermark: number
}

type Fetcher = Consumer<Buffer, Buffer, Buffer, Buffer>
type FetchResponse = Awaited<ReturnType<Fetcher['fetch']>>

// Record batch attribute bits (Kafka's RecordBatch): the timestamp type, and control batches (transaction markers).
const LOG_APPEND_TIME = 0x08
const CONTROL_BATCH = 0x20

/** A client that reads partitions directly with Fetch; it never joins a group nor commits. */
export function openFetcher(cfg: KafkaConnectionConfig, timeoutMs = 15_000): Fetcher {
  return new Consumer({
    ...adminOptions(cfg, { timeoutMs, clientId: 'ferry-message-query' }),
    // fetch() reads partitions directly, so this id is only a required option.
    groupId: 'ferry-message-query',
  })
}

/**
 * One Fetch request to a leader for several partitions of one topic, each from its own offset. Records
 * before the asked offset (a batch may start earlier) and transaction markers are left out.
 */
export async function fetchRecords(
  fetcher: Fetcher,
  node: number,
  topicId: string,
  wanted: { partition: number; offset: number }[],
  { partitionMaxBytes = 1024 * 1024, maxWaitMs = 0 } = {},
): Promise<FetchedPartition[]> {
  let response: FetchResponse
  try {
    response = await fetcher.fetch({
      node,
      maxWaitTime: maxWaitMs,
      minBytes: 1,
      maxBytes: partitionMaxBytes * wanted.length,
      topics: [
        {
          topicId,
          partitions: wanted.map((w) => ({
            partition: w.partition,
            currentLeaderEpoch: -1,
            fetchOffset: BigInt(w.offset),
            lastFetchedEpoch: -1,
            partitionMaxBytes,
          })),
        },
      ],
    })
  } catch (err) {
    // A partition-level error (moved leader, offset out of range) fails the call; the others still came back.
    const partial = responseOf<FetchResponse>(err)
    if (!partial) throw err
    response = partial
  }
  const from = new Map(wanted.map((w) => [w.partition, BigInt(w.offset)]))
  return response.responses.flatMap((topic) =>
    topic.partitions.map((p) => ({
      partition: p.partitionIndex,
      errorCode: p.errorCode,
      ...decodeBatches(p.records ?? [], from.get(p.partitionIndex) ?? 0n),
      highWatermark: Number(p.highWatermark),
    })),
  )
}

type Batch = Pick<
  RecordsBatch,
  'firstOffset' | 'lastOffsetDelta' | 'attributes' | 'firstTimestamp' | 'maxTimestamp' | 'records'
>

/**
 * The records of fetched batches from offset `start` on. A batch may begin before the asked offset;
 * transaction markers are left out, but still move `nextOffset` past them.
 */
export function decodeBatches(
  batches: Batch[],
  start: bigint,
): { records: FetchedRecord[]; nextOffset: number | null } {
  const records: FetchedRecord[] = []
  let nextOffset: number | null = null
  for (const batch of batches) {
    nextOffset = Number(batch.firstOffset) + batch.lastOffsetDelta + 1
    if (batch.attributes & CONTROL_BATCH) continue
    const appendTime = (batch.attributes & LOG_APPEND_TIME) !== 0
    for (const r of batch.records) {
      const offset = batch.firstOffset + BigInt(r.offsetDelta)
      if (offset < start) continue
      let size = (r.key?.length ?? 0) + (r.value?.length ?? 0)
      for (const [k, v] of r.headers) size += (k?.length ?? 0) + (v?.length ?? 0)
      records.push({
        offset: Number(offset),
        timestamp: Number(appendTime ? batch.maxTimestamp : batch.firstTimestamp + r.timestampDelta),
        timestampType: appendTime ? 'LogAppendTime' : 'CreateTime',
        key: r.key,
        value: r.value,
        headers: r.headers,
        size,
      })
    }
  }
  return { records, nextOffset }
}
