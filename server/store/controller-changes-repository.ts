import type { Db } from './database.ts'

/** How many leader changes are kept per cluster, as the reference console shows. */
export const KEPT_CHANGES = 50

export function controllerChangesRepository(db: Db) {
  return {
    /** Records a leader the first time its epoch is seen; older epochs than the newest kept are ignored. */
    async record(clusterId: string, leaderId: number, leaderEpoch: number): Promise<void> {
      await db
        .insertInto('controller_changes')
        .values({
          cluster_id: clusterId,
          leader_id: leaderId,
          leader_epoch: leaderEpoch,
          seen_time: new Date().toISOString(),
        })
        .onConflict((oc) => oc.columns(['cluster_id', 'leader_epoch']).doNothing())
        .execute()
      const stale = await db
        .selectFrom('controller_changes')
        .select('leader_epoch')
        .where('cluster_id', '=', clusterId)
        .orderBy('leader_epoch', 'desc')
        .offset(KEPT_CHANGES)
        .limit(1)
        .executeTakeFirst()
      if (stale) {
        await db
          .deleteFrom('controller_changes')
          .where('cluster_id', '=', clusterId)
          .where('leader_epoch', '<=', stale.leader_epoch)
          .execute()
      }
    },

    async recent(clusterId: string) {
      const rows = await db
        .selectFrom('controller_changes')
        .selectAll()
        .where('cluster_id', '=', clusterId)
        .orderBy('leader_epoch', 'desc')
        .limit(KEPT_CHANGES)
        .execute()
      return rows.map((r) => ({ leaderId: r.leader_id, leaderEpoch: r.leader_epoch, seenTime: r.seen_time }))
    },
  }
}

export type ControllerChangesRepository = ReturnType<typeof controllerChangesRepository>
