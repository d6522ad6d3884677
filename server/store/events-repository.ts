import {
  type ClusterEvent,
  EVENT_LEVELS,
  type EventLevel,
  type EventType,
  type ListEventsQuery,
} from '../../contract/events.ts'
import type { Db } from './database.ts'
import type { EventRow } from './schema.ts'
import { sortableId } from './sortable-id.ts'

const toEvent = (row: EventRow): ClusterEvent => ({
  eventId: row.event_id,
  clusterId: row.cluster_id,
  time: row.time,
  level: row.level as EventLevel,
  type: row.type as EventType,
  message: row.message,
  jobId: row.job_id,
})

export interface EventsRepositoryOptions {
  /** Told of each event once it is stored (event policies forward it); it must not throw nor block. */
  onRecord?: (event: ClusterEvent) => void
}

export function eventsRepository(db: Db, { onRecord }: EventsRepositoryOptions = {}) {
  return {
    /** Records an event at its reference level. */
    async record(event: { clusterId: string; type: EventType; message: string; jobId?: string | null }) {
      const now = Date.now()
      const row: EventRow = {
        event_id: sortableId(now),
        cluster_id: event.clusterId,
        time: new Date(now).toISOString(),
        level: EVENT_LEVELS[event.type],
        type: event.type,
        message: event.message,
        job_id: event.jobId ?? null,
      }
      await db.insertInto('events').values(row).execute()
      onRecord?.(toEvent(row))
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
