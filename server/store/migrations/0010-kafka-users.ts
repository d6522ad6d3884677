import type { Kysely } from 'kysely'

/** When Ferry created each SASL user of a cluster: Kafka itself keeps no such time. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('kafka_users')
    .addColumn('cluster_id', 'text', (c) => c.notNull().references('clusters.cluster_id').onDelete('cascade'))
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('kafka_users_pk', ['cluster_id', 'username'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('kafka_users').execute()
}
