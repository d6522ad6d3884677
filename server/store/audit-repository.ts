import type { ListAuditQuery } from '../../contract/auth.ts'
import type { Db } from './database.ts'
import type { AuditRow } from './schema.ts'
import { sortableId } from './sortable-id.ts'

export type AuditEntry = Omit<AuditRow, 'audit_id' | 'time'>

const toRecord = (r: AuditRow) => ({
  auditId: r.audit_id,
  time: r.time,
  actor: r.actor,
  via: r.via,
  action: r.action,
  resourceType: r.resource_type,
  target: r.target,
  clusterId: r.cluster_id,
  requestId: r.request_id,
  outcome: r.outcome as 'SUCCESS' | 'DENIED' | 'FAILED',
  status: r.status,
  ip: r.ip,
})

/** The audit trail. Append-only: there is no update or delete here, and the store's triggers refuse them. */
export function auditRepository(db: Db) {
  return {
    async append(entry: AuditEntry): Promise<void> {
      const now = Date.now()
      await db
        .insertInto('audit_log')
        .values({ ...entry, audit_id: sortableId(now), time: new Date(now).toISOString() })
        .execute()
    },

    /** Newest first; the marker is the audit ID a page starts at. */
    async page(query: ListAuditQuery) {
      let q = db.selectFrom('audit_log').selectAll()
      if (query.actor) q = q.where('actor', '=', query.actor)
      if (query.action) q = q.where('action', '=', query.action)
      if (query.resourceType) q = q.where('resource_type', '=', query.resourceType)
      if (query.outcome) q = q.where('outcome', '=', query.outcome)
      if (query.start) q = q.where('time', '>=', query.start)
      if (query.end) q = q.where('time', '<=', query.end)
      if (query.marker) q = q.where('audit_id', '<=', query.marker)
      const rows = await q
        .orderBy('audit_id', 'desc')
        .limit(query.maxKeys + 1)
        .execute()
      const more = rows.length > query.maxKeys
      return {
        records: rows.slice(0, query.maxKeys).map(toRecord),
        marker: query.marker ?? null,
        maxKeys: query.maxKeys,
        isTruncated: more,
        nextMarker: more ? (rows[query.maxKeys]?.audit_id ?? null) : null,
      }
    },
  }
}

export type AuditRepository = ReturnType<typeof auditRepository>
