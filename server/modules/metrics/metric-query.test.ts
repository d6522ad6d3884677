import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiError } from '../../http/api-error.ts'
import { type Db, openDatabase } from '../../store/database.ts'
import {
  type MetricReading,
  type MetricSamplesRepository,
  metricSamplesRepository,
} from '../../store/metric-samples-repository.ts'
import { chooseResolution, DEFAULT_RETENTION, queryMetric } from './metric-query.ts'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const NOW = Date.parse('2026-03-01T12:00:00Z')

describe('the resolution a query reads', () => {
  const choose = (ageMs: number, step: number) =>
    chooseResolution({ start: NOW - ageMs, step }, NOW, DEFAULT_RETENTION)

  it('is raw samples for a range within a day and a step under a minute', () => {
    expect(choose(HOUR, 15)).toBe('raw')
    expect(choose(DAY, 59)).toBe('raw')
  })

  it('is minute rollups for a minute step or more, or a range older than raw samples, within a week', () => {
    expect(choose(HOUR, 60)).toBe('1m')
    expect(choose(DAY + 1, 15)).toBe('1m')
    expect(choose(7 * DAY, 3599)).toBe('1m')
  })

  it('is hour rollups for an hour step or a range older than a week', () => {
    expect(choose(HOUR, 3600)).toBe('1h')
    expect(choose(7 * DAY + 1, 60)).toBe('1h')
    expect(choose(90 * DAY, 15)).toBe('1h')
  })

  it('follows the configured retention', () => {
    expect(
      chooseResolution({ start: NOW - 2 * DAY, step: 15 }, NOW, { ...DEFAULT_RETENTION, rawHours: 48 }),
    ).toBe('raw')
  })
})

describe('a metric query', () => {
  let dir: string
  let db: Db
  let samples: MetricSamplesRepository
  // Ten minutes of rounds every 15 s, ending at NOW.
  const start = NOW - 10 * MINUTE
  const rounds = Array.from({ length: 41 }, (_, i) => start + i * 15_000)

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ferry-metric-query-'))
    db = await openDatabase(dir)
    samples = metricSamplesRepository(db)
    for (const [i, ts] of rounds.entries()) {
      const readings: MetricReading[] = [
        // Broker-wide bytes in of two nodes, and the per-topic series they are made of.
        { metric: 'bytes_in', labels: { node: '1' }, value: 300 },
        { metric: 'bytes_in', labels: { node: '1', topic: 'a' }, value: 100 },
        { metric: 'bytes_in', labels: { node: '1', topic: 'b' }, value: 200 },
        { metric: 'bytes_in', labels: { node: '2' }, value: 50 },
        { metric: 'bytes_in', labels: { node: '2', topic: 'a' }, value: 50 },
        // A latency that alternates 10 and 30 on node 1, and is 100 on node 2.
        { metric: 'produce_latency_p99', labels: { node: '1' }, value: i % 2 === 0 ? 10 : 30 },
        { metric: 'produce_latency_p99', labels: { node: '2' }, value: 100 },
      ]
      await samples.write(ts, [{ clusterId: 'c1', readings }])
    }
  })
  afterAll(async () => {
    await db.destroy()
    rmSync(dir, { recursive: true, force: true })
  })

  const query = (metric: string, q: Record<string, unknown>) =>
    queryMetric(samples, 'c1', metric, { start, end: NOW, step: 60, ...q }, { now: NOW })

  it('gives the cluster total from the broker-wide series only, one point per step', async () => {
    const result = await query('bytes_in', {})
    expect(result).toMatchObject({ metric: 'bytes_in', unit: 'bytesPerSecond', step: 60, resolution: '1m' })
    expect(result.series).toHaveLength(1)
    expect(result.series[0]?.labels).toEqual({})
    const points = result.series[0]?.points ?? []
    expect(points.map(([ts]) => ts)).toEqual(Array.from({ length: 11 }, (_, i) => start + i * MINUTE))
    expect(new Set(points.map(([, v]) => v))).toEqual(new Set([350]))
  })

  it('breaks the total down by node, or by topic from the per-topic series', async () => {
    const byNode = await query('bytes_in', { groupBy: 'node' })
    expect(byNode.series.map((s) => [s.labels, s.points[0]?.[1]])).toEqual([
      [{ node: '1' }, 300],
      [{ node: '2' }, 50],
    ])
    const byTopic = await query('bytes_in', { groupBy: 'topic' })
    expect(byTopic.series.map((s) => [s.labels, s.points[0]?.[1]])).toEqual([
      [{ topic: 'a' }, 150],
      [{ topic: 'b' }, 200],
    ])
    const oneTopicOnOneNode = await query('bytes_in', { topic: 'a', node: '2' })
    expect(oneTopicOnOneNode.series[0]?.points[0]?.[1]).toBe(50)
  })

  it('averages each series over the bucket, then combines the series by the metric’s aggregate', async () => {
    // produce_latency_p99 takes the worst node; node 1 averages 20 over each minute, node 2 is 100.
    const worst = await query('produce_latency_p99', {})
    expect(new Set(worst.series[0]?.points.map(([, v]) => v))).toEqual(new Set([100]))
    // Raw samples at a 30 s step and minute rollups agree; the last bucket holds only the sample at NOW.
    const raw = await query('produce_latency_p99', { node: '1', step: 30 })
    const rollups = await query('produce_latency_p99', { node: '1', step: 60 })
    expect([raw.resolution, rollups.resolution]).toEqual(['raw', '1m'])
    for (const { points } of [...raw.series, ...rollups.series]) {
      expect(new Set(points.slice(0, -1).map(([, v]) => v))).toEqual(new Set([20]))
      expect(points.at(-1)).toEqual([NOW, 10])
    }
  })

  it('has one empty series without data, and no series per group', async () => {
    const empty = await query('messages_in', {})
    expect(empty.series).toEqual([{ labels: {}, points: [] }])
    expect((await query('messages_in', { groupBy: 'node' })).series).toEqual([])
  })

  it('refuses a filter or breakdown on a label the metric does not have', async () => {
    const refused = query('host_cpu', { node: '1', groupBy: 'topic' })
    await expect(refused).rejects.toBeInstanceOf(ApiError)
    await expect(refused).rejects.toMatchObject({
      status: 400,
      fields: { node: 'host_cpu has no node label.', groupBy: 'host_cpu has no topic label.' },
    })
  })
})
