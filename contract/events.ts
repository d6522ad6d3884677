import { z } from 'zod'

/** The reference's event levels: 故障 (fault), 警告 (warning), 通知 (notice). */
export const EventLevelSchema = z.enum(['FAULT', 'WARNING', 'NOTICE']).meta({ id: 'EventLevel' })
export type EventLevel = z.infer<typeof EventLevelSchema>

/** The reference's event names (console §11.3) for the operations Ferry runs so far. */
export const EventTypeSchema = z
  .enum([
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
