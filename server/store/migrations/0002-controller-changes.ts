import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('controller_changes')
    .addColumn('cluster_id', 'text', (c) => c.notNull().references('clusters.cluster_id').onDelete('cascade'))
    .addColumn('leader_epoch', 'integer', (c) => c.notNull())
    .addColumn('leader_id', 'integer', (c) => c.notNull())
    .addColumn('seen_time', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('controller_changes_pk', ['cluster_id', 'leader_epoch'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('controller_changes').execute()
}
