import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, type Migration, type MigrationProvider, Migrator, SqliteDialect, sql } from 'kysely'
import * as m0001 from './migrations/0001-clusters.ts'
import * as m0002 from './migrations/0002-controller-changes.ts'
import * as m0003 from './migrations/0003-message-query-settings.ts'
import * as m0004 from './migrations/0004-jobs.ts'
import * as m0005 from './migrations/0005-events.ts'
import * as m0006 from './migrations/0006-provisioning.ts'
import * as m0007 from './migrations/0007-metrics.ts'
import * as m0008 from './migrations/0008-alarms.ts'
import * as m0009 from './migrations/0009-access.ts'
import * as m0010 from './migrations/0010-kafka-users.ts'
import type { Database } from './schema.ts'

/** Migrations are listed here, not globbed, so a bundled or type-stripped server finds them all. */
const migrations: Record<string, Migration> = {
  '0001-clusters': m0001,
  '0002-controller-changes': m0002,
  '0003-message-query-settings': m0003,
  '0004-jobs': m0004,
  '0005-events': m0005,
  '0006-provisioning': m0006,
  '0007-metrics': m0007,
  '0008-alarms': m0008,
  '0009-access': m0009,
  '0010-kafka-users': m0010,
}

const provider: MigrationProvider = { getMigrations: async () => migrations }

export type Db = Kysely<Database>

/** Opens the SQLite store under dataDir and brings its schema up to date. */
export async function openDatabase(dataDir: string): Promise<Db> {
  mkdirSync(dataDir, { recursive: true })
  const sqlite = new SQLite(join(dataDir, 'ferry.db'))
  // WAL lets readers run while a writer commits; busy_timeout rides out a second process briefly holding the lock.
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('foreign_keys = ON')
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  // Unordered: migrations written side by side land in either order (0008 was applied by stores that have no
  // 0007 yet), and each touches only its own tables.
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true })
  const { error, results } = await migrator.migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error || failed) {
    await db.destroy()
    throw new Error(`Store migration ${failed?.migrationName ?? ''} failed: ${String(error)}`)
  }
  return db
}

export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db)
}
