import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { applyRetention } from '../modules/metrics/metric-retention.ts'
import { type Db, openDatabase } from './database.ts'
import { type MetricSamplesRepository, metricSamplesRepository } from './metric-samples-repository.ts'

const T0 = Date.parse('2026-01-01T00:00:00Z')
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

let dir: string
let db: Db
let samples: MetricSamplesRepository
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ferry-metric-samples-'))
  db = await openDatabase(dir)
  samples = metricSamplesRepository(db)
})
afterEach(async () => {
  await db.destroy()
  rmSync(dir, { recursive: true, force: true })
})

const heap = (node: string, value: number) => ({ metric: 'jvm_heap_used' as const, labels: { node }, value })

async function rows(table: 'metric_samples' | 'metric_rollups_1m' | 'metric_rollups_1h') {
  return db.selectFrom(table).selectAll().orderBy('series_id').orderBy('ts').execute()
}

describe('rollups', () => {
  it('keep the average, extremes and count of each minute and hour of every series', async () => {
    // Node 1 at 15 s steps across a minute boundary and an hour boundary; node 2 once.
    const writes: [number, number][] = [
      [T0 + 30 * MINUTE, 10],
      [T0 + 30 * MINUTE + 15_000, 20],
      [T0 + 30 * MINUTE + 45_000, 60],
      [T0 + 31 * MINUTE, 5],
      [T0 + HOUR + 15_000, 100],
    ]
    for (const [ts, value] of writes) {
      const readings = [heap('1', value)]
      if (ts === T0 + 31 * MINUTE) readings.push(heap('2', 7))
      await samples.write(ts, [{ clusterId: 'c1', readings }])
    }
    expect((await rows('metric_samples')).map((r) => r.value)).toEqual([10, 20, 60, 5, 100, 7])
    const node1 = 1
    const node2 = 2
    expect(await rows('metric_rollups_1m')).toEqual([
      { series_id: node1, ts: T0 + 30 * MINUTE, avg: 30, min: 10, max: 60, count: 3 },
      { series_id: node1, ts: T0 + 31 * MINUTE, avg: 5, min: 5, max: 5, count: 1 },
      { series_id: node1, ts: T0 + 60 * MINUTE, avg: 100, min: 100, max: 100, count: 1 },
      { series_id: node2, ts: T0 + 31 * MINUTE, avg: 7, min: 7, max: 7, count: 1 },
    ])
    expect(await rows('metric_rollups_1h')).toEqual([
      { series_id: node1, ts: T0, avg: 23.75, min: 5, max: 60, count: 4 },
      { series_id: node1, ts: T0 + HOUR, avg: 100, min: 100, max: 100, count: 1 },
      { series_id: node2, ts: T0, avg: 7, min: 7, max: 7, count: 1 },
    ])
  })

  it('give one series per cluster, metric and labels, whatever order the labels come in', async () => {
    const lag = (labels: Record<string, string>) => ({ metric: 'group_lag' as const, labels, value: 1 })
    await samples.write(T0, [
      { clusterId: 'c1', readings: [lag({ group: 'g', topic: 't', partition: '0' })] },
      { clusterId: 'c2', readings: [lag({ group: 'g', topic: 't', partition: '0' })] },
    ])
    await samples.write(T0 + 15_000, [
      { clusterId: 'c1', readings: [lag({ partition: '0', topic: 't', group: 'g' })] },
    ])
    const series = await db.selectFrom('metric_series').selectAll().orderBy('id').execute()
    expect(series.map((s) => [s.cluster_id, s.labels, s.grp, s.topic, s.partition])).toEqual([
      ['c1', '{"topic":"t","partition":"0","group":"g"}', 'g', 't', '0'],
      ['c2', '{"topic":"t","partition":"0","group":"g"}', 'g', 't', '0'],
    ])
    expect(await samples.metricsWithData('c1')).toEqual(new Set(['group_lag']))
    expect(await samples.metricsWithData('c3')).toEqual(new Set())
  })
})

describe('retention', () => {
  const retention = { rawHours: 24, minuteDays: 7, hourDays: 90 }
  const now = T0 + 100 * DAY

  it('deletes raw samples after a day, minute rollups after a week and hour rollups after 90 days', async () => {
    const ages = [91 * DAY, 8 * DAY, 25 * HOUR, 23 * HOUR, 0]
    for (const age of ages) await samples.write(now - age, [{ clusterId: 'c1', readings: [heap('1', age)] }])
    const result = await applyRetention(samples, retention, now, ['c1'])
    expect(result.deleted).toEqual({ raw: 3, '1m': 2, '1h': 1 })
    expect((await rows('metric_samples')).map((r) => r.value)).toEqual([23 * HOUR, 0])
    expect((await rows('metric_rollups_1m')).map((r) => r.avg)).toEqual([25 * HOUR, 23 * HOUR, 0])
    expect((await rows('metric_rollups_1h')).map((r) => r.avg)).toEqual([8 * DAY, 25 * HOUR, 23 * HOUR, 0])
    expect(result.droppedSeries).toBe(0)
  })

  it('drops the series of deleted clusters and those with every row expired, and writes on after', async () => {
    await samples.write(now - 91 * DAY, [
      { clusterId: 'c1', readings: [heap('1', 1), heap('2', 2)] },
      { clusterId: 'gone', readings: [heap('1', 3)] },
    ])
    await samples.write(now, [
      { clusterId: 'c1', readings: [heap('1', 4)] },
      { clusterId: 'gone', readings: [heap('1', 5)] },
    ])
    const result = await applyRetention(samples, retention, now, ['c1'])
    expect(result.droppedSeries).toBe(2)
    const series = await db.selectFrom('metric_series').select(['cluster_id', 'labels']).execute()
    expect(series).toEqual([{ cluster_id: 'c1', labels: '{"node":"1"}' }])
    expect((await rows('metric_samples')).map((r) => r.value)).toEqual([4])
    // Node 2 comes back as a new series.
    await samples.write(now + 15_000, [{ clusterId: 'c1', readings: [heap('1', 6), heap('2', 7)] }])
    expect((await rows('metric_samples')).map((r) => r.value)).toEqual([4, 6, 7])
    expect(await db.selectFrom('metric_series').select('labels').execute()).toHaveLength(2)
  })
})
