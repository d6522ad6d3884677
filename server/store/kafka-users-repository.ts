import type { Db } from './database.ts'

/** Creation times of the SASL users Ferry made; no password or anything derived from one. */
export function kafkaUsersRepository(db: Db) {
  return {
    async createTimes(clusterId: string): Promise<Map<string, string>> {
      const rows = await db
        .selectFrom('kafka_users')
        .select(['username', 'create_time'])
        .where('cluster_id', '=', clusterId)
        .execute()
      return new Map(rows.map((r) => [r.username, r.create_time]))
    },

    async created(clusterId: string, username: string, time = new Date().toISOString()): Promise<void> {
      await db
        .insertInto('kafka_users')
        .values({ cluster_id: clusterId, username, create_time: time })
        .onConflict((oc) => oc.columns(['cluster_id', 'username']).doUpdateSet({ create_time: time }))
        .execute()
    },

    async deleted(clusterId: string, username: string): Promise<void> {
      await db
        .deleteFrom('kafka_users')
        .where('cluster_id', '=', clusterId)
        .where('username', '=', username)
        .execute()
    },
  }
}

export type KafkaUsersRepository = ReturnType<typeof kafkaUsersRepository>
