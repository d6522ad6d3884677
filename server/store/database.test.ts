import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterEach, expect, it } from 'vitest'
import { openDatabase } from './database.ts'

let dir: string
afterEach(() => rmSync(dir, { recursive: true, force: true }))

it('brings up a store that has a later migration but not an earlier one written beside it', async () => {
  dir = mkdtempSync(join(tmpdir(), 'ferry-migrations-'))
  const db = await openDatabase(dir)
  // As a store that ran 0008-alarms before 0007-metrics existed.
  await sql`delete from kysely_migration where name = '0007-metrics'`.execute(db)
  for (const table of [
    'metric_sources',
    'metric_samples',
    'metric_rollups_1m',
    'metric_rollups_1h',
    'metric_series',
  ])
    await sql`drop table ${sql.table(table)}`.execute(db)
  await db.destroy()

  const reopened = await openDatabase(dir)
  const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
    reopened,
  )
  expect(applied.rows.map((r) => r.name)).toContain('0007-metrics')
  expect(await reopened.selectFrom('metric_series').selectAll().execute()).toEqual([])
  await reopened.destroy()
})
