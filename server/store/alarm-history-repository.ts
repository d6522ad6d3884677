import type { z } from 'zod'
import type { AlarmRecordSchema, ListAlarmHistoryQuerySchema } from '../../contract/alarms.ts'
import type { Db } from './database.ts'
import { markerPage } from './marker-page.ts'
import type { AlarmRecordRow } from './schema.ts'

export type AlarmRecord = z.infer<typeof AlarmRecordSchema>
type HistoryQuery = z.output<typeof ListAlarmHistoryQuerySchema>

const toRecord = (row: AlarmRecordRow): AlarmRecord => ({
  alarmId: row.alarm_id,
  policyId: row.policy_id,
  policyName: row.policy_name,
  clusterId: row.cluster_id,
  metric: row.metric,
  severity: row.severity as AlarmRecord['severity'],
  state: row.state as AlarmRecord['state'],
  firedValue: row.fired_value,
  resolvedValue: row.resolved_value,
  threshold: row.threshold,
  comparator: row.comparator as AlarmRecord['comparator'],
  firedTime: row.fired_time,
  resolvedTime: row.resolved_time,
})

/** Each firing of a policy: opened FIRING, closed RESOLVED. */
export function alarmHistoryRepository(db: Db) {
  return {
    /** The policy's alarm that has fired and not resolved, if any. */
    async open(policyId: string): Promise<AlarmRecord | undefined> {
      const row = await db
        .selectFrom('alarm_records')
        .selectAll()
        .where('policy_id', '=', policyId)
        .where('state', '=', 'FIRING')
        .executeTakeFirst()
      return row && toRecord(row)
    },

    async insert(record: AlarmRecord): Promise<void> {
      await db
        .insertInto('alarm_records')
        .values({
          alarm_id: record.alarmId,
          policy_id: record.policyId,
          policy_name: record.policyName,
          cluster_id: record.clusterId,
          metric: record.metric,
          severity: record.severity,
          state: record.state,
          fired_value: record.firedValue,
          resolved_value: record.resolvedValue,
          threshold: record.threshold,
          comparator: record.comparator,
          fired_time: record.firedTime,
          resolved_time: record.resolvedTime,
        })
        .execute()
    },

    async resolve(alarmId: string, value: number | null, time: string): Promise<void> {
      await db
        .updateTable('alarm_records')
        .set({ state: 'RESOLVED', resolved_value: value, resolved_time: time })
        .where('alarm_id', '=', alarmId)
        .execute()
    },

    /** Newest first; the marker is the alarm ID a page starts at. */
    async page(query: HistoryQuery) {
      let q = db.selectFrom('alarm_records').selectAll()
      if (query.clusterId) q = q.where('cluster_id', '=', query.clusterId)
      if (query.policyId) q = q.where('policy_id', '=', query.policyId)
      if (query.state) q = q.where('state', '=', query.state)
      if (query.marker) q = q.where('alarm_id', '<=', query.marker)
      const rows = await q
        .orderBy('alarm_id', 'desc')
        .limit(query.maxKeys + 1)
        .execute()
      const { rows: shown, ...page } = markerPage(rows, (r) => r.alarm_id, query)
      return { alarms: shown.map(toRecord), ...page }
    },
  }
}

export type AlarmHistoryRepository = ReturnType<typeof alarmHistoryRepository>
