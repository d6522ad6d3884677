import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  // JSON of ProvisionedView: how Ferry built a local cluster (spec, storage, watermark policy, overrides).
  await db.schema.alterTable('clusters').addColumn('provisioned', 'text').execute()
  // A retried create with the same key answers what the first one did, instead of making a second cluster.
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('idempotency_key', 'text', (c) => c.primaryKey())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('idempotency_keys').execute()
  await db.schema.alterTable('clusters').dropColumn('provisioned').execute()
}
