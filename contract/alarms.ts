import { z } from 'zod'
import { EventLevelSchema, EventTypeSchema } from './events.ts'
import { MetricNameSchema } from './metrics.ts'

const marker = z.string().optional().describe('Start the page at this ID (a previous answer’s nextMarker).')
const maxKeys = z.coerce.number().int().min(1).max(1000).default(100)
const pageOf = <T extends z.ZodType>(key: string, item: T) =>
  z.object({
    [key]: z.array(item),
    marker: z.string().nullable(),
    maxKeys: z.number().int(),
    isTruncated: z.boolean(),
    nextMarker: z.string().nullable(),
  })

// Request schemas are documented as `…Request`: the OpenAPI generator names the input form of every schema
// `<id>Input`, so an id ending in Input would clash with it.
export const AlarmSeveritySchema = z.enum(['CRITICAL', 'MAJOR', 'WARNING']).meta({ id: 'AlarmSeverity' })
export const ComparatorSchema = z.enum(['GT', 'GTE', 'LT', 'LTE']).meta({ id: 'Comparator' })
export type Comparator = z.infer<typeof ComparatorSchema>

/** What a policy watches: the whole cluster, or one node, topic or consumer group of it. */
export const AlarmScopeSchema = z
  .object({
    level: z.enum(['cluster', 'node', 'topic', 'group']),
    /** The broker id, topic or group name; absent for the cluster. */
    value: z.string().min(1).max(255).optional(),
  })
  .refine((s) => (s.level === 'cluster') === (s.value === undefined), {
    message: 'Name the node, topic or group the policy watches (and nothing for the whole cluster).',
    path: ['value'],
  })
  .meta({ id: 'AlarmScope' })

const name = z.string().trim().min(1, 'Enter a name.').max(65, 'At most 65 characters.')

export const AlarmPolicyInputSchema = z
  .object({
    name,
    clusterId: z.string().min(1),
    metric: MetricNameSchema,
    scope: AlarmScopeSchema,
    comparator: ComparatorSchema,
    threshold: z.number().finite(),
    /** How long the condition must hold before the alarm fires; 0 fires at the first evaluation that sees it. */
    durationSeconds: z.number().int().min(0).max(86_400),
    severity: AlarmSeveritySchema,
    channelIds: z.array(z.string()).max(20).default([]),
    enabled: z.boolean().default(true),
  })
  .meta({ id: 'AlarmPolicyRequest' })

export const AlarmStateSchema = z.enum(['OK', 'FIRING', 'NO_DATA']).meta({ id: 'AlarmState' })

export const AlarmPolicySchema = AlarmPolicyInputSchema.extend({
  policyId: z.string(),
  state: AlarmStateSchema,
  /** The value the last evaluation saw; null without data. */
  lastValue: z.number().nullable(),
  lastEvaluated: z.iso.datetime().nullable(),
  createTime: z.iso.datetime(),
}).meta({ id: 'AlarmPolicy' })

export const ListAlarmPoliciesQuerySchema = z.object({
  marker,
  maxKeys,
  clusterId: z.string().optional(),
  state: AlarmStateSchema.optional(),
})
export const AlarmPolicyListSchema = pageOf('policies', AlarmPolicySchema).meta({ id: 'AlarmPolicyList' })
export const PolicyParamsSchema = z.object({ policyId: z.string().min(1) })

/** A webhook: Ferry POSTs the JSON documented in the README (alarm fired/resolved, event, test). */
export const AlarmChannelInputSchema = z
  .object({
    name,
    type: z.literal('WEBHOOK'),
    url: z.url({ protocol: /^https?$/, message: 'Enter an http(s) URL.' }),
    /** Sent as `Authorization: Bearer <token>` when set; stored sealed and never returned. */
    token: z.string().min(1).max(1024).optional(),
  })
  .meta({ id: 'AlarmChannelRequest' })

export const AlarmChannelSchema = AlarmChannelInputSchema.omit({ token: true })
  .extend({
    channelId: z.string(),
    hasToken: z.boolean(),
    createTime: z.iso.datetime(),
  })
  .meta({ id: 'AlarmChannel' })
export const AlarmChannelListSchema = z
  .object({ channels: z.array(AlarmChannelSchema) })
  .meta({ id: 'AlarmChannelList' })
export const ChannelParamsSchema = z.object({ channelId: z.string().min(1) })
export const ChannelTestResultSchema = z
  .object({ delivered: z.boolean(), status: z.number().int().nullable(), error: z.string().nullable() })
  .meta({ id: 'ChannelTestResult' })

/** One firing of a policy: open while FIRING, closed when RESOLVED. */
export const AlarmRecordSchema = z
  .object({
    alarmId: z.string(),
    policyId: z.string(),
    policyName: z.string(),
    clusterId: z.string(),
    metric: z.string(),
    severity: AlarmSeveritySchema,
    state: z.enum(['FIRING', 'RESOLVED']),
    /** The value that fired it, and the last one seen before it resolved. */
    firedValue: z.number(),
    resolvedValue: z.number().nullable(),
    threshold: z.number(),
    comparator: ComparatorSchema,
    firedTime: z.iso.datetime(),
    resolvedTime: z.iso.datetime().nullable(),
  })
  .meta({ id: 'AlarmRecord' })

export const ListAlarmHistoryQuerySchema = z.object({
  marker,
  maxKeys,
  clusterId: z.string().optional(),
  policyId: z.string().optional(),
  state: z.enum(['FIRING', 'RESOLVED']).optional(),
})
export const AlarmHistorySchema = pageOf('alarms', AlarmRecordSchema).meta({ id: 'AlarmHistory' })

/** Which lifecycle events notify which channels (the reference's 事件策略). */
export const EventPolicyInputSchema = z
  .object({
    name,
    /** Null: every cluster. */
    clusterId: z.string().nullable(),
    /** Empty: every level. */
    levels: z.array(EventLevelSchema).default([]),
    /** Empty: every type. */
    eventTypes: z.array(EventTypeSchema).default([]),
    channelIds: z.array(z.string()).min(1, 'Choose at least one channel.').max(20),
    enabled: z.boolean().default(true),
  })
  .meta({ id: 'EventPolicyRequest' })
export const EventPolicySchema = EventPolicyInputSchema.extend({
  policyId: z.string(),
  createTime: z.iso.datetime(),
}).meta({ id: 'EventPolicy' })
export const EventPolicyListSchema = z
  .object({ policies: z.array(EventPolicySchema) })
  .meta({ id: 'EventPolicyList' })
