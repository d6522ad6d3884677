import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { controllerChangesRepository, KEPT_CHANGES } from './controller-changes-repository.ts'
import { type Db, openDatabase } from './database.ts'

let dir: string
let db: Db
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ferry-changes-'))
  db = await openDatabase(dir)
  const now = new Date().toISOString()
  await db
    .insertInto('clusters')
    .values({
      cluster_id: 'c1',
      name: 'c1',
      provider: 'external',
      state: 'ACTIVE',
      state_reason: null,
      kafka_version: null,
      kafka_cluster_id: null,
      mode: 'HP',
      number_of_broker_nodes: 3,
      logical_zones: '[]',
      authentication_modes: '[]',
      acl_enabled: 0,
      public_ip_enabled: 0,
      tags: '[]',
      bootstrap_servers: 'h:1',
      security_protocol: 'PLAINTEXT',
      sasl_mechanism: null,
      username: null,
      password_enc: null,
      ca_certificate: null,
      provider_state: null,
      create_time: now,
      update_time: now,
    })
    .execute()
})
afterAll(async () => {
  await db.destroy()
  rmSync(dir, { recursive: true, force: true })
})

describe('controller changes', () => {
  it('records each leader epoch once, newest first, and keeps only the last 50', async () => {
    const repo = controllerChangesRepository(db)
    await repo.record('c1', 1, 1)
    await repo.record('c1', 1, 1)
    expect(await repo.recent('c1')).toHaveLength(1)
    for (let epoch = 2; epoch <= 60; epoch++) await repo.record('c1', (epoch % 3) + 1, epoch)
    const recent = await repo.recent('c1')
    expect(recent).toHaveLength(KEPT_CHANGES)
    expect(recent[0]).toMatchObject({ leaderEpoch: 60, leaderId: 1 })
    expect(recent.at(-1)?.leaderEpoch).toBe(11)
  })

  it('forgets a cluster’s history with the cluster', async () => {
    await db.deleteFrom('clusters').where('cluster_id', '=', 'c1').execute()
    expect(await controllerChangesRepository(db).recent('c1')).toEqual([])
  })
})
