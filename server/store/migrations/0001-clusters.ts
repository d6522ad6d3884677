import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('clusters')
    .addColumn('cluster_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('state_reason', 'text')
    .addColumn('kafka_version', 'text')
    .addColumn('kafka_cluster_id', 'text')
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('number_of_broker_nodes', 'integer', (c) => c.notNull())
    .addColumn('logical_zones', 'text', (c) => c.notNull())
    .addColumn('authentication_modes', 'text', (c) => c.notNull())
    .addColumn('acl_enabled', 'integer', (c) => c.notNull())
    .addColumn('public_ip_enabled', 'integer', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('bootstrap_servers', 'text', (c) => c.notNull())
    .addColumn('security_protocol', 'text', (c) => c.notNull())
    .addColumn('sasl_mechanism', 'text')
    .addColumn('username', 'text')
    .addColumn('password_enc', 'text')
    .addColumn('ca_certificate', 'text')
    .addColumn('provider_state', 'text')
    .addColumn('create_time', 'text', (c) => c.notNull())
    .addColumn('update_time', 'text', (c) => c.notNull())
    .execute()
  // The cluster list is read newest first and paged by (create_time, cluster_id).
  await db.schema
    .createIndex('clusters_create_time')
    .on('clusters')
    .columns(['create_time', 'cluster_id'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('clusters').execute()
}
