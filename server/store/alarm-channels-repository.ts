import type { Db } from './database.ts'
import type { AlarmChannelRow } from './schema.ts'

/** A webhook channel as the server keeps it: the token stays sealed here. */
export interface StoredChannel {
  channelId: string
  name: string
  type: 'WEBHOOK'
  url: string
  tokenSealed: string | null
  createTime: string
}

const toChannel = (row: AlarmChannelRow): StoredChannel => ({
  channelId: row.channel_id,
  name: row.name,
  type: row.type as 'WEBHOOK',
  url: row.url,
  tokenSealed: row.token_sealed,
  createTime: row.create_time,
})

export function alarmChannelsRepository(db: Db) {
  return {
    async all(): Promise<StoredChannel[]> {
      const rows = await db.selectFrom('alarm_channels').selectAll().orderBy('create_time').execute()
      return rows.map(toChannel)
    },

    async get(channelId: string): Promise<StoredChannel | undefined> {
      const row = await db
        .selectFrom('alarm_channels')
        .selectAll()
        .where('channel_id', '=', channelId)
        .executeTakeFirst()
      return row && toChannel(row)
    },

    /** The IDs among `channelIds` that name no channel. */
    async missing(channelIds: string[]): Promise<string[]> {
      if (channelIds.length === 0) return []
      const found = await db
        .selectFrom('alarm_channels')
        .select('channel_id')
        .where('channel_id', 'in', channelIds)
        .execute()
      const known = new Set(found.map((r) => r.channel_id))
      return channelIds.filter((id) => !known.has(id))
    },

    async save(channel: StoredChannel): Promise<void> {
      const row: AlarmChannelRow = {
        channel_id: channel.channelId,
        name: channel.name,
        type: channel.type,
        url: channel.url,
        token_sealed: channel.tokenSealed,
        create_time: channel.createTime,
      }
      await db
        .insertInto('alarm_channels')
        .values(row)
        .onConflict((oc) =>
          oc
            .column('channel_id')
            .doUpdateSet({ name: row.name, url: row.url, token_sealed: row.token_sealed }),
        )
        .execute()
    },

    /**
     * Deletes a channel and takes it out of every policy's list. An event policy left without channels is
     * deleted too: it could notify no one, and a policy must name at least one.
     */
    async delete(channelId: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .deleteFrom('alarm_channels')
          .where('channel_id', '=', channelId)
          .executeTakeFirst()
        for (const table of ['alarm_policies', 'event_policies'] as const) {
          const rows = await trx.selectFrom(table).select(['policy_id', 'channel_ids']).execute()
          for (const row of rows) {
            const ids: string[] = JSON.parse(row.channel_ids)
            if (!ids.includes(channelId)) continue
            const left = ids.filter((id) => id !== channelId)
            if (table === 'event_policies' && left.length === 0)
              await trx.deleteFrom(table).where('policy_id', '=', row.policy_id).execute()
            else
              await trx
                .updateTable(table)
                .set({ channel_ids: JSON.stringify(left) })
                .where('policy_id', '=', row.policy_id)
                .execute()
          }
        }
        return result.numDeletedRows > 0n
      })
    },
  }
}

export type AlarmChannelsRepository = ReturnType<typeof alarmChannelsRepository>
