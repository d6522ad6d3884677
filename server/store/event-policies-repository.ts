import type { z } from 'zod'
import type { EventPolicyInputSchema, EventPolicySchema } from '../../contract/alarms.ts'
import type { Db } from './database.ts'
import type { EventPolicyRow } from './schema.ts'

export type EventPolicy = z.infer<typeof EventPolicySchema>
export type EventPolicyInput = z.output<typeof EventPolicyInputSchema>

const toPolicy = (row: EventPolicyRow): EventPolicy => ({
  policyId: row.policy_id,
  name: row.name,
  clusterId: row.cluster_id,
  levels: JSON.parse(row.levels),
  eventTypes: JSON.parse(row.event_types),
  channelIds: JSON.parse(row.channel_ids),
  enabled: row.enabled === 1,
  createTime: row.create_time,
})

const inputColumns = (input: EventPolicyInput) => ({
  name: input.name,
  cluster_id: input.clusterId,
  levels: JSON.stringify(input.levels),
  event_types: JSON.stringify(input.eventTypes),
  channel_ids: JSON.stringify(input.channelIds),
  enabled: input.enabled ? 1 : 0,
})

export function eventPoliciesRepository(db: Db) {
  return {
    async all(): Promise<EventPolicy[]> {
      return (await db.selectFrom('event_policies').selectAll().orderBy('policy_id').execute()).map(toPolicy)
    },

    async get(policyId: string): Promise<EventPolicy | undefined> {
      const row = await db
        .selectFrom('event_policies')
        .selectAll()
        .where('policy_id', '=', policyId)
        .executeTakeFirst()
      return row && toPolicy(row)
    },

    async insert(policyId: string, input: EventPolicyInput, createTime: string): Promise<void> {
      await db
        .insertInto('event_policies')
        .values({ policy_id: policyId, ...inputColumns(input), create_time: createTime })
        .execute()
    },

    async update(policyId: string, input: EventPolicyInput): Promise<void> {
      await db
        .updateTable('event_policies')
        .set(inputColumns(input))
        .where('policy_id', '=', policyId)
        .execute()
    },

    async delete(policyId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('event_policies')
        .where('policy_id', '=', policyId)
        .executeTakeFirst()
      return result.numDeletedRows > 0n
    },
  }
}

export type EventPoliciesRepository = ReturnType<typeof eventPoliciesRepository>
