import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type Db, openDatabase } from './database.ts'
import { metricSourcesRepository, NO_METRIC_SOURCES } from './metric-sources-repository.ts'

let dir: string
let db: Db
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ferry-metric-sources-'))
  db = await openDatabase(dir)
})
afterAll(async () => {
  await db.destroy()
  rmSync(dir, { recursive: true, force: true })
})

it('keeps each cluster’s sources, replaces them on save, and forgets those of deleted clusters', async () => {
  const sources = metricSourcesRepository(db)
  expect(await sources.get('a')).toEqual(NO_METRIC_SOURCES)
  await sources.put('a', {
    exporters: [{ brokerId: 1, url: 'http://10.0.0.1:9404/metrics' }],
    prometheusUrl: null,
  })
  await sources.put('b', { exporters: [], prometheusUrl: 'http://prometheus:9090' })
  await sources.put('a', { exporters: [], prometheusUrl: 'http://prometheus:9090/prom' })
  expect(await sources.get('a')).toEqual({ exporters: [], prometheusUrl: 'http://prometheus:9090/prom' })
  await sources.keepOnly(['b'])
  expect(await sources.get('a')).toEqual(NO_METRIC_SOURCES)
  expect(await sources.get('b')).toEqual({ exporters: [], prometheusUrl: 'http://prometheus:9090' })
})
