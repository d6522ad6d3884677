import { z } from 'zod'

export const GroupParamsSchema = z.object({
  clusterId: z.string().min(1),
  groupName: z.string().min(1).max(255),
})

export const TopicGroupsParamsSchema = z.object({
  clusterId: z.string().min(1),
  topicName: z.string().min(1).max(249),
})

export const ListConsumerGroupsQuerySchema = z.object({
  groupName: z.string().optional().describe('Fuzzy (case-insensitive substring) match on the group name.'),
  pageNo: z.coerce.number().int().min(1).default(1).describe('1-based page number.'),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
})
export type ListConsumerGroupsQuery = z.output<typeof ListConsumerGroupsQuerySchema>

export const ConsumerGroupSchema = z
  .object({
    groupName: z.string(),
    /** Kafka's group state: STABLE, EMPTY, PREPARING_REBALANCE, COMPLETING_REBALANCE, DEAD. */
    state: z.string(),
    protocolType: z.string(),
    /** The partition assignor the members agreed on; empty without members. */
    protocol: z.string(),
    memberCount: z.number().int(),
    /** Topics the group is assigned or has committed offsets for. */
    topics: z.array(z.string()),
    /** Sum over committed partitions of log-end minus committed offset; null when the offsets could not be read. */
    totalLag: z.number().int().nullable(),
    /**
     * Time of the group's last commit. Kafka's admin API does not expose commit times, so Ferry answers null;
     * the field is kept for the reference API's `updateTime`.
     */
    updateTime: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ConsumerGroup' })
export type ConsumerGroup = z.infer<typeof ConsumerGroupSchema>

export const ConsumerGroupListSchema = z
  .object({
    groups: z.array(ConsumerGroupSchema),
    total: z.number().int(),
    pageNo: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'ConsumerGroupList' })

export const GroupTopicPartitionSchema = z
  .object({
    topicName: z.string(),
    partitionId: z.number().int(),
    /** null (shown "-") when no member holds the partition. */
    consumerId: z.string().nullable(),
    clientId: z.string().nullable(),
    host: z.string().nullable(),
    /** Log-end offset (the high watermark). */
    maxOffset: z.number().int().nullable(),
    committedOffset: z.number().int().nullable(),
    lag: z.number().int().nullable(),
    /** Timestamp of the first unconsumed record; null when nothing is unconsumed or it could not be read. */
    firstUnconsumedTime: z.iso.datetime().nullable(),
    /** How old that record is, in ms: the time lag estimate. 0 when the partition has no lag. */
    timeLagMs: z.number().int().nullable(),
  })
  .meta({ id: 'GroupTopicPartition' })
export type GroupTopicPartition = z.infer<typeof GroupTopicPartitionSchema>

export const ConsumerGroupDetailSchema = z
  .object({
    group: ConsumerGroupSchema,
    partitions: z.array(GroupTopicPartitionSchema),
  })
  .meta({ id: 'ConsumerGroupDetail' })

export const GroupTopicsSchema = z.object({ topics: z.array(z.string()) }).meta({ id: 'GroupTopics' })

export const TopicConsumerGroupsSchema = z
  .object({
    groups: z.array(
      z.object({
        groupName: z.string(),
        state: z.string(),
        /** Lag of this group on this topic only. */
        lag: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'TopicConsumerGroups' })

export const ResetStrategySchema = z
  .enum(['toearliest', 'tolatest', 'tooffset', 'shiftby', 'todatetime'])
  .meta({ id: 'ResetStrategy' })
export type ResetStrategy = z.infer<typeof ResetStrategySchema>

/** What `resetValue` must be for each strategy; the server and the reset form both check with these. */
export const ResetValueSchemas = {
  tooffset: z.string().trim().regex(/^\d+$/, 'Enter an offset: a whole number, 0 or more.'),
  shiftby: z
    .string()
    .trim()
    .regex(/^[+-]?\d+$/, 'Enter a whole number of records, e.g. 10 or -10.'),
  todatetime: z.iso.datetime({
    offset: true,
    message: 'Enter a time as ISO 8601, e.g. 2026-05-10T03:06:25Z.',
  }),
} as const

export const ResetOffsetsSchema = z
  .object({
    topicName: z.string().trim().min(1, 'Choose a topic.').max(249),
    partitions: z
      .array(z.number().int().min(0))
      .min(1, 'Choose at least one partition.')
      .max(10_000)
      .refine((ps) => new Set(ps).size === ps.length, 'A partition is listed twice.'),
    resetStrategy: ResetStrategySchema,
    resetValue: z.string().max(64).optional(),
    /** Answer the plan (old and new offset of each partition) without committing it. */
    dryRun: z.boolean().default(false),
  })
  .meta({ id: 'ResetOffsets' })
export type ResetOffsets = z.input<typeof ResetOffsetsSchema>

export const ResetOffsetsResultSchema = z
  .object({
    groupName: z.string(),
    topicName: z.string(),
    dryRun: z.boolean(),
    partitions: z.array(
      z.object({
        partitionId: z.number().int(),
        /** null when the group had no committed offset there. */
        oldOffset: z.number().int().nullable(),
        newOffset: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'ResetOffsetsResult' })
export type ResetOffsetsResult = z.infer<typeof ResetOffsetsResultSchema>
