import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('roles')
    .addColumn('role_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('grants', 'text', (c) => c.notNull())
    .addColumn('builtin', 'integer', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('accounts')
    .addColumn('username', 'text', (c) => c.primaryKey())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role_id', 'text', (c) => c.notNull().references('roles.role_id'))
    .addColumn('disabled', 'integer', (c) => c.notNull())
    .addColumn('must_change_password', 'integer', (c) => c.notNull())
    .addColumn('failed_attempts', 'integer', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('create_time', 'text', (c) => c.notNull())
    .addColumn('last_sign_in', 'text')
    .execute()
  // Only hashes of the session and token secrets are kept: a copy of the store signs nobody in.
  await db.schema
    .createTable('sessions')
    .addColumn('session_hash', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().references('accounts.username').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .addColumn('expire_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('api_tokens')
    .addColumn('token_id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull().references('accounts.username').onDelete('cascade'))
    .addColumn('role_id', 'text', (c) => c.notNull().references('roles.role_id'))
    .addColumn('create_time', 'text', (c) => c.notNull())
    .addColumn('expire_time', 'text')
    .addColumn('last_used', 'text')
    .addColumn('revoked_time', 'text')
    .execute()
  await db.schema
    .createTable('audit_log')
    .addColumn('audit_id', 'text', (c) => c.primaryKey())
    .addColumn('time', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('via', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('cluster_id', 'text')
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('audit_by_time').on('audit_log').columns(['time', 'audit_id']).execute()
  // Append-only, enforced by the store itself: no code path, and no later bug, can rewrite the trail.
  await sql`create trigger audit_log_no_update before update on audit_log
    begin select raise(abort, 'the audit log is append-only'); end`.execute(db)
  await sql`create trigger audit_log_no_delete before delete on audit_log
    begin select raise(abort, 'the audit log is append-only'); end`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['audit_log', 'api_tokens', 'sessions', 'accounts', 'roles'])
    await db.schema.dropTable(table).execute()
}
