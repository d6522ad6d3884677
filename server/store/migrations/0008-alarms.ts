import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('alarm_channels')
    .addColumn('channel_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('token_sealed', 'text')
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  // A policy watches one cluster and goes with it; its evaluation state lives on the row so that a restarted
  // server neither fires again nor forgets how long a condition has held.
  await db.schema
    .createTable('alarm_policies')
    .addColumn('policy_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('cluster_id', 'text', (c) => c.notNull().references('clusters.cluster_id').onDelete('cascade'))
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('scope_level', 'text', (c) => c.notNull())
    .addColumn('scope_value', 'text')
    .addColumn('comparator', 'text', (c) => c.notNull())
    .addColumn('threshold', 'real', (c) => c.notNull())
    .addColumn('duration_seconds', 'integer', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('channel_ids', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('last_value', 'real')
    .addColumn('last_evaluated', 'text')
    .addColumn('pending_since', 'text')
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  // History outlives its policy and cluster, like jobs and events: no foreign key.
  await db.schema
    .createTable('alarm_records')
    .addColumn('alarm_id', 'text', (c) => c.primaryKey())
    .addColumn('policy_id', 'text', (c) => c.notNull())
    .addColumn('policy_name', 'text', (c) => c.notNull())
    .addColumn('cluster_id', 'text', (c) => c.notNull())
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('fired_value', 'real', (c) => c.notNull())
    .addColumn('resolved_value', 'real')
    .addColumn('threshold', 'real', (c) => c.notNull())
    .addColumn('comparator', 'text', (c) => c.notNull())
    .addColumn('fired_time', 'text', (c) => c.notNull())
    .addColumn('resolved_time', 'text')
    .execute()
  await db.schema
    .createIndex('alarm_records_by_policy')
    .on('alarm_records')
    .columns(['policy_id', 'state'])
    .execute()
  // Events outlive their cluster, so a policy on one cluster stays to forward the events of its release.
  await db.schema
    .createTable('event_policies')
    .addColumn('policy_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('cluster_id', 'text')
    .addColumn('levels', 'text', (c) => c.notNull())
    .addColumn('event_types', 'text', (c) => c.notNull())
    .addColumn('channel_ids', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['event_policies', 'alarm_records', 'alarm_policies', 'alarm_channels'])
    await db.schema.dropTable(table).execute()
}
