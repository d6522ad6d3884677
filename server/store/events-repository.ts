import { randomUUID } from 'node:crypto'
import {
  type ClusterEvent,
  EVENT_LEVELS,
  type EventLevel,
  type EventType,
  type ListEventsQuery,
} from '../../contract/events.ts'
import type { Db } from './database.ts'
import type { EventRow } from './schema.ts'

const toEvent = (row: EventRow): ClusterEvent => ({
  eventId: row.event_id,
  clusterId: row.cluster_id,
  time: row.time,
  level: row.level as EventLevel,
  type: row.type as EventType,
  message: row.message,
  jobId: row.job_id,
})

let counter = 0
/**
 * Event IDs sort in the order events were recorded, even within one millisecond: the time, a counter, then
 * randomness so that two server processes never collide.
 */
function nextEventId(now: number): string {
  counter = (counter + 1) % 1_000_000
  return `${now.toString().padStart(15, '0')}${counter.toString().padStart(6, '0')}${randomUUID().slice(0, 8)}`
}

export function eventsRepository(db: Db) {
  return {
    /** Records an event at its reference level. */
    async record(event: { clusterId: string; type: EventType; message: string; jobId?: string | null }) {
      const now = Date.now()
      await db
        .insertInto('events')
        .values({
          event_id: nextEventId(now),
          cluster_id: event.clusterId,
          time: new Date(now).toISOString(),
          level: EVENT_LEVELS[event.type],
          type: event.type,
          message: event.message,
          job_id: event.jobId ?? null,
        })
        .execute()
    },

    /** Newest first; the marker is the event ID a page starts at. */
    async page(clusterId: string | null, query: ListEventsQuery) {
      let q = db.selectFrom('events').selectAll()
      if (clusterId !== null) q = q.where('cluster_id', '=', clusterId)
      if (query.level) q = q.where('level', '=', query.level)
      if (query.type) q = q.where('type', '=', query.type)
      if (query.marker) q = q.where('event_id', '<=', query.marker)
      const rows = await q
        .orderBy('event_id', 'desc')
        .limit(query.maxKeys + 1)
        .execute()
      const more = rows.length > query.maxKeys
      return {
        events: rows.slice(0, query.maxKeys).map(toEvent),
        marker: query.marker ?? null,
        maxKeys: query.maxKeys,
        isTruncated: more,
        nextMarker: more ? (rows[query.maxKeys]?.event_id ?? null) : null,
      }
    },
  }
}

export type EventsRepository = ReturnType<typeof eventsRepository>
