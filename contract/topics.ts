import { z } from 'zod'
import { ConfigNameSchema } from './broker-configs.ts'

/** Kafka's own rule: 1–249 of letters, digits, '.', '_' and '-', and neither '.' nor '..'. */
export const TopicNameSchema = z
  .string()
  .min(1, 'Enter a topic name.')
  .max(249, 'A topic name has at most 249 characters.')
  .regex(/^[a-zA-Z0-9._-]+$/, 'A topic name uses only letters, digits, ".", "_" and "-".')
  .refine((name) => name !== '.' && name !== '..', 'A topic name cannot be "." or "..".')

/** Kafka treats '.' and '_' as the same in metric names, so two topics that differ only there collide. */
export const collisionKey = (topicName: string) => topicName.replaceAll('.', '_')

export const TopicParamsSchema = z.object({
  clusterId: z.string().min(1),
  topicName: z.string().min(1).max(249),
})

export const TopicSortSchema = z.enum([
  'topicName',
  'partitionNum',
  'replicationFactor',
  'underReplicatedPartitions',
  'sizeBytes',
  'messageNum',
  'retentionMs',
])
export type TopicSort = z.infer<typeof TopicSortSchema>

export const ListTopicsQuerySchema = z.object({
  topicName: z.string().optional().describe('Fuzzy (case-insensitive substring) match on the topic name.'),
  similarTo: z
    .string()
    .optional()
    .describe('Only topics whose name equals this one once "." and "_" are treated as equal.'),
  includeInternal: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('Show internal topics such as __consumer_offsets.'),
  fresh: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('Wait for a new read of the cluster instead of answering from the background snapshot.'),
  sortBy: TopicSortSchema.default('topicName'),
  order: z.enum(['asc', 'desc']).default('asc'),
  pageNo: z.coerce.number().int().min(1).default(1).describe('1-based page number.'),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
})
export type ListTopicsQuery = z.output<typeof ListTopicsQuerySchema>

export const TopicSummarySchema = z
  .object({
    topicName: z.string(),
    internal: z.boolean(),
    partitionNum: z.number().int(),
    replicationFactor: z.number().int(),
    /** Partitions whose in-sync replicas are fewer than their replicas. */
    underReplicatedPartitions: z.number().int(),
    /** Bytes on disk over every replica; null when the brokers did not report log dirs. */
    sizeBytes: z.number().int().nullable(),
    /** Sum over partitions of latest minus earliest offset; null when offsets could not be read. */
    messageNum: z.number().int().nullable(),
    /** `retention.ms` as the topic resolves it; -1 keeps messages forever. */
    retentionMs: z.number().int().nullable(),
    cleanupPolicy: z.string().nullable(),
  })
  .meta({ id: 'TopicSummary' })
export type TopicSummary = z.infer<typeof TopicSummarySchema>

export const TopicListSchema = z
  .object({
    topics: z.array(TopicSummarySchema),
    total: z.number().int(),
    pageNo: z.number().int(),
    pageSize: z.number().int(),
    /** When the metadata snapshot this page was cut from was taken; it refreshes in the background. */
    snapshotTime: z.iso.datetime(),
  })
  .meta({ id: 'TopicList' })
export type TopicList = z.infer<typeof TopicListSchema>

/** The reference console's six topic configs and their ranges; any other topic config is also accepted. */
export const TOPIC_CONFIG_RULES = {
  'cleanup.policy': { values: ['delete', 'compact', 'compact,delete'] },
  'max.message.bytes': { min: 1, max: 1_048_576_000 },
  'message.timestamp.type': { values: ['CreateTime', 'LogAppendTime'] },
  // The reference caps it at the replication factor; create and update check that against the topic.
  'min.insync.replicas': { min: 1, max: 32_767 },
  'retention.ms': { min: 1, max: 1_728_000_000 },
  'segment.ms': { min: 1, max: 1_048_576_000 },
} as const satisfies Record<string, { values: readonly string[] } | { min: number; max: number }>
export type KnownTopicConfig = keyof typeof TOPIC_CONFIG_RULES

/** A person's message when `value` breaks the rule of a known config, else null. */
export function topicConfigProblem(name: string, value: string): string | null {
  const rule = (
    TOPIC_CONFIG_RULES as Record<string, { values?: readonly string[]; min?: number; max?: number }>
  )[name]
  if (!rule) return null
  if (rule.values) {
    return rule.values.includes(value) ? null : `${name} is one of ${rule.values.join(', ')}.`
  }
  const n = Number(value)
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) return `${name} is a whole number.`
  if (n < (rule.min ?? 0) || n > (rule.max ?? Number.MAX_SAFE_INTEGER))
    return `${name} is between ${rule.min} and ${rule.max}.`
  return null
}

const ConfigValuesSchema = z.record(ConfigNameSchema, z.string().max(4096)).superRefine((configs, ctx) => {
  for (const [name, value] of Object.entries(configs)) {
    const problem = topicConfigProblem(name, value)
    if (problem) ctx.addIssue({ code: 'custom', path: [name], message: problem })
  }
})

export const CreateTopicSchema = z
  .object({
    topicName: TopicNameSchema,
    partitionNum: z.number().int().min(1, 'A topic has at least 1 partition.'),
    replicationFactor: z.number().int().min(1, 'A topic has at least 1 replica.'),
    otherConfigs: ConfigValuesSchema.optional(),
    /** Ask the brokers to validate the topic without creating it. */
    validateOnly: z.boolean().default(false),
  })
  .superRefine((topic, ctx) => {
    const minIsr = topic.otherConfigs?.['min.insync.replicas']
    if (minIsr !== undefined && Number(minIsr) > topic.replicationFactor) {
      ctx.addIssue({
        code: 'custom',
        path: ['otherConfigs', 'min.insync.replicas'],
        message: 'min.insync.replicas cannot exceed the replication factor.',
      })
    }
  })
  .meta({ id: 'CreateTopic' })
export type CreateTopic = z.output<typeof CreateTopicSchema>

export const CreateTopicResultSchema = z
  .object({ topicName: z.string(), validateOnly: z.boolean() })
  .meta({ id: 'CreateTopicResult' })

export const UpdateTopicSchema = z
  .object({
    /** The new partition count; it can only grow. */
    partitionNum: z.number().int().min(1).optional(),
    /** Set (value) or remove (null, back to the broker's default) dynamic topic configs. */
    otherConfigs: z
      .record(ConfigNameSchema, z.string().max(4096).nullable())
      .superRefine((configs, ctx) => {
        for (const [name, value] of Object.entries(configs)) {
          const problem = value === null ? null : topicConfigProblem(name, value)
          if (problem) ctx.addIssue({ code: 'custom', path: [name], message: problem })
        }
      })
      .optional(),
  })
  .refine((u) => u.partitionNum !== undefined || Object.keys(u.otherConfigs ?? {}).length > 0, {
    message: 'Change the partition count or at least one config.',
  })
  .meta({ id: 'UpdateTopic' })
export type UpdateTopic = z.output<typeof UpdateTopicSchema>

export const TopicDetailSchema = z
  .object({
    topicName: z.string(),
    topicId: z.string(),
    internal: z.boolean(),
    partitionNum: z.number().int(),
    replicationFactor: z.number().int(),
    /** % of brokers holding more replicas of this topic than an even spread would give them. */
    brokersSkewed: z.number(),
    /** % of brokers leading more partitions of this topic than an even spread would give them. */
    brokersLeaderSkewed: z.number(),
    /** % of the cluster's brokers that hold at least one replica of this topic. */
    brokersSpread: z.number(),
    /** % of partitions led by their preferred (first) replica. */
    preferredReplicas: z.number(),
    /** % of partitions with fewer in-sync replicas than replicas. */
    underReplicated: z.number(),
    sizeBytes: z.number().int().nullable(),
    messageNum: z.number().int().nullable(),
  })
  .meta({ id: 'TopicDetail' })
export type TopicDetail = z.infer<typeof TopicDetailSchema>

export const ListPartitionsQuerySchema = z.object({
  pageNo: z.coerce.number().int().min(1).default(1).describe('1-based page number.'),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
})

export const TopicPartitionSchema = z
  .object({
    topicName: z.string(),
    partitionId: z.number().int(),
    /** -1 when the partition has no leader. */
    leaderId: z.number().int(),
    replicas: z.array(z.number().int()),
    inSyncReplicas: z.array(z.number().int()),
    minOffset: z.number().int().nullable(),
    maxOffset: z.number().int().nullable(),
    messageNum: z.number().int().nullable(),
    /** Timestamp of the partition's last record; null when it is empty or could not be read. */
    lastUpdateTime: z.iso.datetime().nullable(),
  })
  .meta({ id: 'TopicPartition' })
export type TopicPartition = z.infer<typeof TopicPartitionSchema>

export const TopicPartitionListSchema = z
  .object({
    partitions: z.array(TopicPartitionSchema),
    total: z.number().int(),
    pageNo: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'TopicPartitionList' })

export const DeleteRecordsSchema = z
  .object({
    partitions: z
      .array(
        z.object({
          partitionId: z.number().int().min(0),
          /** Records before this offset are deleted; -1 means up to the partition's latest offset. */
          offset: z.number().int().min(-1),
        }),
      )
      .min(1, 'Choose at least one partition.'),
  })
  .meta({ id: 'DeleteRecords' })
export type DeleteRecords = z.output<typeof DeleteRecordsSchema>

export const DeleteRecordsResultSchema = z
  .object({
    partitions: z.array(z.object({ partitionId: z.number().int(), lowWatermark: z.number().int() })),
  })
  .meta({ id: 'DeleteRecordsResult' })
