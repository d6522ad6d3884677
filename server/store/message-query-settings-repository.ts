import type { MessageQuerySettings } from '../../contract/messages.ts'
import type { Db } from './database.ts'

export function messageQuerySettingsRepository(db: Db) {
  return {
    /** A cluster's own settings; undefined when it keeps the server's defaults. */
    async get(clusterId: string): Promise<MessageQuerySettings | undefined> {
      const row = await db
        .selectFrom('message_query_settings')
        .select('settings')
        .where('cluster_id', '=', clusterId)
        .executeTakeFirst()
      return row ? (JSON.parse(row.settings) as MessageQuerySettings) : undefined
    },

    async put(clusterId: string, settings: MessageQuerySettings): Promise<void> {
      const values = { settings: JSON.stringify(settings), update_time: new Date().toISOString() }
      await db
        .insertInto('message_query_settings')
        .values({ cluster_id: clusterId, ...values })
        .onConflict((oc) => oc.column('cluster_id').doUpdateSet(values))
        .execute()
    },
  }
}

export type MessageQuerySettingsRepository = ReturnType<typeof messageQuerySettingsRepository>
