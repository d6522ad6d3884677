import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clustersRepository, newStoredCluster, type StoredCluster } from './clusters-repository.ts'
import { type Db, openDatabase } from './database.ts'

let dir: string
let db: Db
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ferry-repo-'))
  db = await openDatabase(dir)
})
afterAll(async () => {
  await db.destroy()
  rmSync(dir, { recursive: true, force: true })
})

function cluster(n: number, createTime: string): StoredCluster {
  return newStoredCluster({
    clusterId: `c${String(n).padStart(3, '0')}`,
    name: `team_${n}`,
    provider: 'external',
    state: n % 2 ? 'ACTIVE' : 'SUSPENDED',
    tags: [{ tagKey: 'team', tagValue: String(n) }],
    createTime,
    updateTime: createTime,
  })
}

describe('clusters repository', () => {
  it('walks every cluster exactly once, newest first, even when creation times tie', async () => {
    const repo = clustersRepository(db)
    for (let n = 0; n < 7; n++)
      await repo.insert(cluster(n, n < 4 ? '2026-01-01T00:00:00.000Z' : `2026-02-0${n}T00:00:00.000Z`))
    const seen: string[] = []
    let marker: string | undefined
    do {
      const page = await repo.page({}, marker, 3)
      seen.push(...page.clusters.map((c) => c.clusterId))
      marker = page.nextMarker ?? undefined
    } while (marker)
    expect(seen).toEqual(['c006', 'c005', 'c004', 'c003', 'c002', 'c001', 'c000'])
  })

  it('treats LIKE wildcards in a name search as plain text', async () => {
    const repo = clustersRepository(db)
    expect((await repo.page({ clusterName: 'TEAM_' }, undefined, 100)).clusters).toHaveLength(7)
    expect((await repo.page({ clusterName: '%' }, undefined, 100)).clusters).toHaveLength(0)
    expect((await repo.page({ clusterName: 'm_5' }, undefined, 100)).clusters.map((c) => c.name)).toEqual([
      'team_5',
    ])
  })

  it('round-trips tags, lists and booleans, and updates only what it is given', async () => {
    const repo = clustersRepository(db)
    await repo.update('c001', { state: 'DEPLOY_FAILED', stateReason: 'port taken' })
    const read = await repo.get('c001')
    expect(read).toMatchObject({
      state: 'DEPLOY_FAILED',
      stateReason: 'port taken',
      tags: [{ tagKey: 'team', tagValue: '1' }],
    })
    expect(read?.aclEnabled).toBe(false)
    expect(read?.updateTime).not.toBe(read?.createTime)
  })
})
