import { z } from 'zod'

/** Where a partition's scan stands: the next offset to read, and the offset it stops before. */
export const PartitionPositionSchema = z.object({
  partition: z.number().int(),
  offset: z.number().int(),
  /** Exclusive end: the scan of this partition is done once `offset` reaches it. */
  endOffset: z.number().int(),
})
export type PartitionPosition = z.infer<typeof PartitionPositionSchema>

export const QueryMessagesSchema = z
  .object({
    /** One partition, or every partition when absent. */
    partition: z.number().int().min(0).optional(),
    startOffset: z.number().int().min(0).optional(),
    startTime: z.iso.datetime({ offset: true }).optional(),
    /** With startTime: stop at messages written after this time. */
    endTime: z.iso.datetime({ offset: true }).optional(),
    /** The newest N messages (of the partition, or of the topic). */
    newest: z.number().int().min(1).max(1000).optional(),
    /** Messages with exactly this key (UTF-8). Searched in its probable partition unless `keyScan` is `all`. */
    key: z.string().max(10_000).optional(),
    /** `probable`: only the partition Kafka's default partitioner (murmur2) picks; `all`: every partition. */
    keyScan: z.enum(['probable', 'all']).default('probable'),
    /** A CEL expression over key, value, headers, partition, offset and timestamp; only matches are returned. */
    filter: z.string().max(4000).optional(),
    /** Results wanted; the cluster's default (20 unless changed) when absent, at most its `maxLimit`. */
    limit: z.number().int().min(1).max(1000).optional(),
    /** Bytes of results wanted; the cluster's default (10 MB unless changed) when absent. */
    maxBytes: z
      .number()
      .int()
      .min(1024)
      .max(100 * 1024 * 1024)
      .optional(),
    /** Continue a query that stopped on its budget: the positions its `end` event gave. */
    resume: z.array(PartitionPositionSchema).min(1).optional(),
  })
  .refine(
    (q) =>
      q.resume !== undefined ||
      [q.startOffset, q.startTime, q.newest, q.key].filter((v) => v !== undefined).length === 1,
    { message: 'Give exactly one of startOffset, startTime, newest or key.', path: ['startOffset'] },
  )
  .refine((q) => q.endTime === undefined || q.startTime !== undefined, {
    message: 'endTime needs a startTime.',
    path: ['endTime'],
  })
  .refine((q) => !q.startTime || !q.endTime || Date.parse(q.endTime) >= Date.parse(q.startTime), {
    message: 'The end time is before the start time.',
    path: ['endTime'],
  })
  .meta({ id: 'QueryMessages' })
export type QueryMessages = z.output<typeof QueryMessagesSchema>

/**
 * Key and value are sent as base64 (any bytes survive) and, when they are valid UTF-8, as text too, so
 * the console can show text, JSON, hex or base64.
 */
export const KafkaMessageSchema = z
  .object({
    partition: z.number().int(),
    offset: z.number().int(),
    timestamp: z.iso.datetime(),
    timestampType: z.enum(['CreateTime', 'LogAppendTime']),
    key: z.string().nullable(),
    keyBase64: z.string().nullable(),
    value: z.string().nullable(),
    valueBase64: z.string().nullable(),
    headers: z.array(z.object({ key: z.string(), value: z.string().nullable() })),
    /** Bytes of key, value and headers. */
    size: z.number().int(),
  })
  .meta({ id: 'KafkaMessage' })
export type KafkaMessage = z.infer<typeof KafkaMessageSchema>

export const StopReasonSchema = z.enum([
  /** Every partition was read to its end. */
  'exhausted',
  /** `limit` messages matched. */
  'limit',
  /** The matched messages reached `maxBytes`. */
  'maxBytes',
  /** The scan budget in messages ran out. */
  'scanMessages',
  /** The scan budget in seconds ran out. */
  'scanTime',
  'cancelled',
])
export type StopReason = z.infer<typeof StopReasonSchema>

const ProgressFields = {
  scanned: z.number().int(),
  matched: z.number().int(),
  bytes: z.number().int(),
  elapsedMs: z.number().int(),
  positions: z.array(PartitionPositionSchema),
}

/** One line of the query's stream (JSON lines, `application/x-ndjson`). */
export const QueryEventSchema = z
  .discriminatedUnion('type', [
    z.object({
      type: z.literal('start'),
      queryId: z.string(),
      positions: z.array(PartitionPositionSchema),
      /** For a key search: the partition murmur2 picks, which a producer with another partitioner may not use. */
      probablePartition: z.number().int().nullable(),
    }),
    z.object({ type: z.literal('message'), message: KafkaMessageSchema }),
    z.object({ type: z.literal('progress'), ...ProgressFields }),
    z.object({
      type: z.literal('end'),
      reason: StopReasonSchema,
      ...ProgressFields,
      /** Where to continue from (as `resume`), unless every partition was read to its end. */
      resume: z.array(PartitionPositionSchema).nullable(),
    }),
    z.object({ type: z.literal('error'), code: z.string(), message: z.string() }),
  ])
  .meta({ id: 'QueryEvent' })
export type QueryEvent = z.infer<typeof QueryEventSchema>

export const RunningQueriesSchema = z
  .object({
    queries: z.array(
      z.object({
        queryId: z.string(),
        topicName: z.string(),
        startTime: z.iso.datetime(),
        scanned: z.number().int(),
        matched: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'RunningQueries' })

/** What a message query on one cluster may do. Each cluster has its own; the server's settings are the defaults. */
export const MessageQuerySettingsSchema = z
  .object({
    defaultLimit: z.number().int().min(1).max(1000),
    maxLimit: z.number().int().min(1).max(1000),
    defaultMaxBytes: z
      .number()
      .int()
      .min(1024)
      .max(100 * 1024 * 1024),
    /** Messages one query reads before it stops and offers to continue. */
    scanMessages: z.number().int().min(1).max(1_000_000_000),
    /** Seconds one query reads before it stops and offers to continue. */
    scanSeconds: z.number().int().min(1).max(3600),
    /** Queries running at once on the cluster. */
    concurrentQueries: z.number().int().min(1).max(100),
    /** Seconds a caller waits between two queries (the reference console's one query per 10 s); 0 is off. */
    minIntervalSeconds: z.number().int().min(0).max(3600),
  })
  .refine((s) => s.defaultLimit <= s.maxLimit, {
    message: 'The default result limit cannot exceed the largest one.',
    path: ['defaultLimit'],
  })
  .meta({ id: 'MessageQuerySettings' })
export type MessageQuerySettings = z.infer<typeof MessageQuerySettingsSchema>

export const ProduceMessageSchema = z
  .object({
    key: z.string().max(1_000_000).nullable().optional(),
    value: z.string().max(10_000_000).nullable().optional(),
    headers: z
      .array(z.object({ key: z.string().min(1).max(1000), value: z.string().max(100_000) }))
      .max(100)
      .default([]),
    /** A chosen partition; otherwise murmur2 of the key, or any partition for a message without key. */
    partition: z.number().int().min(0).optional(),
  })
  .meta({ id: 'ProduceMessage' })
export type ProduceMessage = z.output<typeof ProduceMessageSchema>

export const ProduceResultSchema = z
  .object({ partition: z.number().int(), offset: z.number().int(), timestamp: z.iso.datetime() })
  .meta({ id: 'ProduceResult' })
