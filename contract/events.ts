import { z } from 'zod'

/** The reference's event levels: 故障 (fault), 警告 (warning), 通知 (notice). */
export const EventLevelSchema = z.enum(['FAULT', 'WARNING', 'NOTICE']).meta({ id: 'EventLevel' })
export type EventLevel = z.infer<typeof EventLevelSchema>

/** The reference's event names (console §11.3) for the operations Ferry runs, and its watermark controller's. */
export const EventTypeSchema = z
  .enum([
    'CLUSTER_CREATE_STARTED',
    'CLUSTER_CREATE_SUCCEEDED',
    'CLUSTER_CREATE_FAILED',
    'CLUSTER_RELEASE_STARTED',
    'CLUSTER_RELEASE_SUCCEEDED',
    'CLUSTER_RELEASE_FAILED',
    'CLUSTER_SCALE_OUT_STARTED',
    'CLUSTER_SCALE_OUT_SUCCEEDED',
    'CLUSTER_SCALE_OUT_FAILED',
    'CLUSTER_NODE_RESTART_STARTED',
    'CLUSTER_NODE_RESTART_SUCCEEDED',
    'CLUSTER_NODE_RESTART_FAILED',
    'DISK_WATERMARK_EXCEEDED',
    'DISK_WATERMARK_FAILED',
    'CLUSTER_STOP_STARTED',
    'CLUSTER_STOP_SUCCEEDED',
    'CLUSTER_STOP_FAILED',
    'CLUSTER_RESUME_STARTED',
    'CLUSTER_RESUME_SUCCEEDED',
    'CLUSTER_RESUME_FAILED',
  ])
  .meta({ id: 'EventType' })
export type EventType = z.infer<typeof EventTypeSchema>

/** Each event's level, as the reference assigns it: a stopped cluster is a fault, a failed change a warning. */
export const EVENT_LEVELS: Record<EventType, EventLevel> = {
  CLUSTER_CREATE_STARTED: 'NOTICE',
  CLUSTER_CREATE_SUCCEEDED: 'NOTICE',
  CLUSTER_CREATE_FAILED: 'WARNING',
  CLUSTER_RELEASE_STARTED: 'NOTICE',
  CLUSTER_RELEASE_SUCCEEDED: 'NOTICE',
  // The reference has no release failure; Ferry says so at the level of every other failed change.
  CLUSTER_RELEASE_FAILED: 'WARNING',
  CLUSTER_SCALE_OUT_STARTED: 'NOTICE',
  CLUSTER_SCALE_OUT_SUCCEEDED: 'NOTICE',
  CLUSTER_SCALE_OUT_FAILED: 'WARNING',
  CLUSTER_NODE_RESTART_STARTED: 'NOTICE',
  CLUSTER_NODE_RESTART_SUCCEEDED: 'NOTICE',
  CLUSTER_NODE_RESTART_FAILED: 'WARNING',
  // Ferry's own: the watermark controller deleted old records to bring a node's disk back under its threshold.
  DISK_WATERMARK_EXCEEDED: 'WARNING',
  DISK_WATERMARK_FAILED: 'WARNING',
  CLUSTER_STOP_STARTED: 'NOTICE',
  CLUSTER_STOP_SUCCEEDED: 'FAULT',
  CLUSTER_STOP_FAILED: 'WARNING',
  CLUSTER_RESUME_STARTED: 'NOTICE',
  CLUSTER_RESUME_SUCCEEDED: 'NOTICE',
  CLUSTER_RESUME_FAILED: 'WARNING',
}

export const ClusterEventSchema = z
  .object({
    eventId: z.string(),
    clusterId: z.string(),
    time: z.iso.datetime(),
    level: EventLevelSchema,
    type: EventTypeSchema,
    message: z.string(),
    /** The task the event belongs to. */
    jobId: z.string().nullable(),
  })
  .meta({ id: 'ClusterEvent' })
export type ClusterEvent = z.infer<typeof ClusterEventSchema>

export const ListEventsQuerySchema = z.object({
  marker: z.string().optional().describe('Start the page at this event ID (a previous answer’s nextMarker).'),
  maxKeys: z.coerce.number().int().min(1).max(1000).default(100),
  level: EventLevelSchema.optional(),
  type: EventTypeSchema.optional(),
})
export type ListEventsQuery = z.output<typeof ListEventsQuerySchema>

export const EventListSchema = z
  .object({
    events: z.array(ClusterEventSchema),
    marker: z.string().nullable(),
    maxKeys: z.number().int(),
    isTruncated: z.boolean(),
    nextMarker: z.string().nullable(),
  })
  .meta({ id: 'EventList' })
