import type { z } from 'zod'
import type { AlarmPolicyInputSchema, AlarmPolicySchema } from '../../contract/alarms.ts'
import type { Db } from './database.ts'
import { markerPage } from './marker-page.ts'
import type { AlarmPolicyRow } from './schema.ts'

export type AlarmPolicy = z.infer<typeof AlarmPolicySchema>
export type AlarmPolicyInput = z.output<typeof AlarmPolicyInputSchema>
type AlarmState = AlarmPolicy['state']

/** A policy with how long its condition has held so far, which only the evaluator reads. */
export interface EvaluatedPolicy extends AlarmPolicy {
  pendingSince: string | null
}

/** Where a policy's evaluation stands; a changed policy starts over from here. */
export interface PolicyStanding {
  state: AlarmState
  lastValue: number | null
  lastEvaluated: string | null
  pendingSince: string | null
}

export const NOT_EVALUATED: PolicyStanding = {
  state: 'NO_DATA',
  lastValue: null,
  lastEvaluated: null,
  pendingSince: null,
}

const toPolicy = (row: AlarmPolicyRow): EvaluatedPolicy => ({
  policyId: row.policy_id,
  name: row.name,
  clusterId: row.cluster_id,
  metric: row.metric as AlarmPolicy['metric'],
  scope:
    row.scope_value === null
      ? { level: row.scope_level as AlarmPolicy['scope']['level'] }
      : { level: row.scope_level as AlarmPolicy['scope']['level'], value: row.scope_value },
  comparator: row.comparator as AlarmPolicy['comparator'],
  threshold: row.threshold,
  durationSeconds: row.duration_seconds,
  severity: row.severity as AlarmPolicy['severity'],
  channelIds: JSON.parse(row.channel_ids),
  enabled: row.enabled === 1,
  state: row.state as AlarmState,
  lastValue: row.last_value,
  lastEvaluated: row.last_evaluated,
  pendingSince: row.pending_since,
  createTime: row.create_time,
})

const inputColumns = (input: AlarmPolicyInput) => ({
  name: input.name,
  cluster_id: input.clusterId,
  metric: input.metric,
  scope_level: input.scope.level,
  scope_value: input.scope.value ?? null,
  comparator: input.comparator,
  threshold: input.threshold,
  duration_seconds: input.durationSeconds,
  severity: input.severity,
  channel_ids: JSON.stringify(input.channelIds),
  enabled: input.enabled ? 1 : 0,
})

const standingColumns = (s: PolicyStanding) => ({
  state: s.state,
  last_value: s.lastValue,
  last_evaluated: s.lastEvaluated,
  pending_since: s.pendingSince,
})

export function alarmPoliciesRepository(db: Db) {
  return {
    async get(policyId: string): Promise<EvaluatedPolicy | undefined> {
      const row = await db
        .selectFrom('alarm_policies')
        .selectAll()
        .where('policy_id', '=', policyId)
        .executeTakeFirst()
      return row && toPolicy(row)
    },

    /** Newest first; the marker is the policy ID a page starts at. */
    async page(query: { marker?: string; maxKeys: number; clusterId?: string; state?: AlarmState }) {
      let q = db.selectFrom('alarm_policies').selectAll()
      if (query.clusterId) q = q.where('cluster_id', '=', query.clusterId)
      if (query.state) q = q.where('state', '=', query.state)
      if (query.marker) q = q.where('policy_id', '<=', query.marker)
      const rows = await q
        .orderBy('policy_id', 'desc')
        .limit(query.maxKeys + 1)
        .execute()
      const { rows: shown, ...page } = markerPage(rows, (r) => r.policy_id, query)
      return { policies: shown.map(toPolicy), ...page }
    },

    /** The policies to evaluate. */
    async enabled(): Promise<EvaluatedPolicy[]> {
      const rows = await db
        .selectFrom('alarm_policies')
        .selectAll()
        .where('enabled', '=', 1)
        .orderBy('policy_id')
        .execute()
      return rows.map(toPolicy)
    },

    async insert(policyId: string, input: AlarmPolicyInput, createTime: string): Promise<void> {
      await db
        .insertInto('alarm_policies')
        .values({
          policy_id: policyId,
          ...inputColumns(input),
          ...standingColumns(NOT_EVALUATED),
          create_time: createTime,
        })
        .execute()
    },

    /** Replaces what the policy watches, and its standing with `standing`. */
    async update(policyId: string, input: AlarmPolicyInput, standing: PolicyStanding): Promise<void> {
      await db
        .updateTable('alarm_policies')
        .set({ ...inputColumns(input), ...standingColumns(standing) })
        .where('policy_id', '=', policyId)
        .execute()
    },

    async saveStanding(policyId: string, standing: PolicyStanding): Promise<void> {
      await db
        .updateTable('alarm_policies')
        .set(standingColumns(standing))
        .where('policy_id', '=', policyId)
        .execute()
    },

    async delete(policyId: string): Promise<void> {
      await db.deleteFrom('alarm_policies').where('policy_id', '=', policyId).execute()
    },
  }
}

export type AlarmPoliciesRepository = ReturnType<typeof alarmPoliciesRepository>
